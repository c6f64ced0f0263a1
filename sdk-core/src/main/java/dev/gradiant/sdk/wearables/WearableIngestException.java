package dev.gradiant.sdk.wearables;

import dev.gradiant.sdk.errors.GradiantException;
import java.util.List;

/**
 * A batch ingestion stopped because one of its requests failed for good (its retries spent, or an
 * error answer that is not retried). Nothing is lost: {@link #completed()} tells what the requests
 * before it came to (in the caller's indices), {@link #unconfirmedSamples()} are the samples from
 * the failed request on, and {@code wearables().resume(e)} sends them, the failed request again
 * under its own {@code Idempotency-Key}: if the server had stored it before the answer was lost, it
 * answers from its idempotency store and stores nothing twice. {@link #getCause()} is the failed
 * request's exception.
 *
 * <p>The progress is not kept through Java serialization: a deserialized exception cannot be
 * resumed, and its accessors answer as if nothing had been sent.
 */
public final class WearableIngestException extends GradiantException {
  private static final long serialVersionUID = 1L;

  private final transient IngestPlan plan;
  private final transient IngestProgress progress;

  WearableIngestException(IngestPlan plan, IngestProgress progress, RuntimeException cause) {
    super(message(plan, progress, cause), cause, attempts(cause), retryReason(cause));
    this.plan = plan;
    this.progress = progress;
  }

  private static String message(IngestPlan plan, IngestProgress progress, RuntimeException cause) {
    IngestPlan.Chunk failed = plan.chunks().get(progress.nextChunk());
    return "POST /users/{id}/wearables/samples failed at request "
        + (progress.nextChunk() + 1)
        + " of "
        + plan.chunks().size()
        + " (samples "
        + failed.from()
        + " to "
        + (failed.to() - 1)
        + " of "
        + plan.samples().size()
        + "); the samples before it were answered ("
        + progress.accepted()
        + " accepted, "
        + progress.rejected().size()
        + " rejected). Send the rest with wearables().resume(e). Cause: "
        + cause.getClass().getSimpleName()
        + " (see getCause())";
  }

  private static int attempts(RuntimeException cause) {
    return cause instanceof GradiantException g ? g.attempts() : 1;
  }

  private static String retryReason(RuntimeException cause) {
    return cause instanceof GradiantException g ? g.retryReason().orElse(null) : null;
  }

  /** {@return what the requests before the failed one came to, indices in the caller's list} */
  public WearableIngestResult completed() {
    return progress == null ? IngestProgress.NONE.result() : progress.result();
  }

  /** {@return the index in the caller's list of the first sample whose fate is unknown} */
  public int unconfirmedFromIndex() {
    return plan == null ? 0 : plan.chunks().get(progress.nextChunk()).from();
  }

  /**
   * {@return the samples whose fate is unknown or that were not sent: from the failed request's
   * first on, in the caller's order; unmodifiable}
   */
  public List<WearableSample> unconfirmedSamples() {
    return plan == null
        ? List.of()
        : plan.samples().subList(unconfirmedFromIndex(), plan.samples().size());
  }

  /** {@return the plan, for {@code resume}; null after deserialization} */
  IngestPlan plan() {
    return plan;
  }

  /** {@return the progress, for {@code resume}; null after deserialization} */
  IngestProgress progress() {
    return progress;
  }
}
