package dev.gradiant.sdk.wearables;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What the chunks sent so far of one {@code ingest} call came to, in the caller's indices.
 * Immutable: each answered chunk makes a new one.
 *
 * @param nextChunk the index of the first chunk not yet confirmed
 * @param accepted the samples stored so far
 * @param rejected the rejections so far, indices in the caller's list, in their order
 * @param requestIds the request ids of the answered chunks
 */
record IngestProgress(
    int nextChunk, int accepted, List<WearableSampleRejection> rejected, List<String> requestIds) {

  static final IngestProgress NONE = new IngestProgress(0, 0, List.of(), List.of());

  /**
   * @param chunk the chunk that was answered
   * @param answer its answer, indices relative to the chunk
   * @param requestId the server's request id of the answer, or null
   * @return the progress including it
   * @throws IllegalStateException if the answer does not account for the chunk's samples exactly
   *     once (an index outside the chunk or repeated, or counts that do not add up)
   */
  IngestProgress after(IngestPlan.Chunk chunk, WearableIngestResult answer, String requestId) {
    int size = chunk.to() - chunk.from();
    List<WearableSampleRejection> ofChunk = new ArrayList<>();
    boolean[] seen = new boolean[size];
    for (WearableSampleRejection rejection : answer.rejected()) {
      int index = rejection.index();
      if (index >= size || seen[index]) {
        throw new IllegalStateException(
            "the answer rejects sample "
                + index
                + " of a request of "
                + size
                + (index >= size ? ", which it did not carry" : " twice"));
      }
      seen[index] = true;
      ofChunk.add(rejection.toBuilder().index(chunk.from() + index).build());
    }
    // the server may list a chunk's rejections in any order; chunks are answered in order, so
    // sorting each chunk's keeps the whole list in the caller's order
    ofChunk.sort(Comparator.comparingInt(WearableSampleRejection::index));
    List<WearableSampleRejection> all = new ArrayList<>(rejected);
    all.addAll(ofChunk);
    if (answer.accepted() + answer.rejected().size() != size) {
      throw new IllegalStateException(
          "the answer accounts for "
              + (answer.accepted() + answer.rejected().size())
              + " samples of a request of "
              + size);
    }
    List<String> ids = new ArrayList<>(requestIds);
    if (requestId != null) {
      ids.add(requestId);
    }
    return new IngestProgress(
        nextChunk + 1, accepted + answer.accepted(), List.copyOf(all), List.copyOf(ids));
  }

  /** {@return the progress as a result} */
  WearableIngestResult result() {
    return WearableIngestResult.builder()
        .accepted(accepted)
        .rejected(rejected)
        .requestIds(requestIds)
        .build();
  }
}
