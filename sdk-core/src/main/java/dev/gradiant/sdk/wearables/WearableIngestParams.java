package dev.gradiant.sdk.wearables;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A batch of samples for {@code wearables().ingest(userId, params)}: any number of them, sent in
 * chunks of at most {@link #chunkSize()} samples per request (the contract's maximum, {@value
 * #MAX_CHUNK_SIZE}, by default).
 *
 * <p>Compatibility: a final class built with {@link #builder()}, so fields can be added in a minor
 * release without breaking callers.
 */
public final class WearableIngestParams {
  /** The contract's per-request maximum ({@code maxItems} of {@code samples}). */
  public static final int MAX_CHUNK_SIZE = 500;

  private final List<WearableSample> samples;
  private final int chunkSize;

  private WearableIngestParams(Builder builder) {
    if (builder.samples == null) {
      throw new IllegalStateException("WearableIngestParams.samples is required");
    }
    this.samples = builder.samples;
    this.chunkSize = builder.chunkSize;
  }

  /** {@return a builder with no samples and the largest chunk size} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding every field of these params} */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.samples = samples;
    builder.chunkSize = chunkSize;
    return builder;
  }

  /** {@return the samples, in the caller's order; unmodifiable} */
  public List<WearableSample> samples() {
    return samples;
  }

  /** {@return the most samples sent in one request, 1 to {@value #MAX_CHUNK_SIZE}} */
  public int chunkSize() {
    return chunkSize;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof WearableIngestParams that
        && chunkSize == that.chunkSize
        && samples.equals(that.samples);
  }

  @Override
  public int hashCode() {
    return Objects.hash(samples, chunkSize);
  }

  @Override
  public String toString() {
    return "WearableIngestParams[samples=" + samples.size() + ", chunkSize=" + chunkSize + "]";
  }

  /** Collects the fields of a {@link WearableIngestParams}. */
  public static final class Builder {
    private List<WearableSample> samples;
    private int chunkSize = MAX_CHUNK_SIZE;

    private Builder() {}

    /**
     * @param samples at least one sample; copied
     * @return this builder
     * @throws NullPointerException if {@code samples} is null
     * @throws IllegalArgumentException if it is empty or holds null (naming the index)
     */
    public Builder samples(List<WearableSample> samples) {
      Objects.requireNonNull(samples, "samples must not be null");
      if (samples.isEmpty()) {
        throw new IllegalArgumentException("samples must hold at least one sample");
      }
      List<WearableSample> copy = new ArrayList<>(samples.size());
      for (int i = 0; i < samples.size(); i++) {
        WearableSample sample = samples.get(i);
        if (sample == null) {
          throw new IllegalArgumentException("samples[" + i + "] must not be null");
        }
        copy.add(sample);
      }
      this.samples = Collections.unmodifiableList(copy);
      return this;
    }

    /**
     * @param chunkSize the most samples per request, 1 to {@value #MAX_CHUNK_SIZE} (default {@value
     *     #MAX_CHUNK_SIZE}); smaller chunks suit slow uplinks
     * @return this builder
     * @throws IllegalArgumentException if outside 1..{@value #MAX_CHUNK_SIZE}
     */
    public Builder chunkSize(int chunkSize) {
      if (chunkSize < 1 || chunkSize > MAX_CHUNK_SIZE) {
        throw new IllegalArgumentException(
            "chunkSize must be between 1 and " + MAX_CHUNK_SIZE + ", got " + chunkSize);
      }
      this.chunkSize = chunkSize;
      return this;
    }

    /**
     * @return the params
     * @throws IllegalStateException if no samples were set
     */
    public WearableIngestParams build() {
      return new WearableIngestParams(this);
    }
  }
}
