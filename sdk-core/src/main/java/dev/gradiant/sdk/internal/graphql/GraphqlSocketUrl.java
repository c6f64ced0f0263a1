package dev.gradiant.sdk.internal.graphql;

import okhttp3.HttpUrl;

/**
 * The URL of GraphQL subscriptions: the live feed's URL (see {@link
 * dev.gradiant.sdk.internal.realtime.RealtimeUrl}) with the AsyncAPI document's {@code graphql}
 * channel address in place of {@code realtime}: {@code wss://ws.gradiant.dev/v1/graphql}, or the
 * same root as the feed's for a self-hosted deployment or the sandbox. Never a credential in it.
 */
public final class GraphqlSocketUrl {
  /** The channel's path below the realtime root. */
  public static final String PATH = "graphql";

  private GraphqlSocketUrl() {}

  /**
   * @param feedUrl the live feed's URL, ending in {@code /realtime}
   * @return the URL of the {@code graphql} channel on the same root
   */
  public static HttpUrl of(HttpUrl feedUrl) {
    int last = feedUrl.pathSize() - 1;
    return feedUrl.newBuilder().setPathSegment(last, PATH).build();
  }
}
