package dev.gradiant.sdk.spring.boot;

import dev.gradiant.sdk.webhooks.SignatureScheme;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code gradiant.webhooks.*} properties of the auto-configured {@link
 * dev.gradiant.sdk.webhooks.WebhookVerifier}, each mapping to the {@link
 * dev.gradiant.sdk.webhooks.WebhookVerifier.Builder} method of the same name. Bound only when
 * {@code gradiant-sdk-webhooks} is on the class path. The secrets are never logged, and the
 * actuator's {@code /configprops} and {@code /env} endpoints mask them even with {@code
 * show-values=always}.
 */
@ConfigurationProperties(prefix = "gradiant.webhooks")
public class GradiantWebhooksProperties {

  /**
   * The endpoint's signing secrets: "whsec_<base64>" (Standard Webhooks) or the secret as issued.
   * Several during a rotation: a signature matching any of them passes. No verifier without one.
   */
  private List<String> secrets = new ArrayList<>();

  /** How far a Standard Webhooks timestamp may lie from this server's clock, either way. */
  private Duration tolerance = Duration.ofMinutes(5);

  /**
   * How long an accepted delivery is remembered to refuse replays. Default: 24 hours, or twice the
   * tolerance if that is longer.
   */
  private Duration replayWindow;

  /** The accepted signature schemes; both when empty. Accept only standard-webhooks if you can. */
  private List<SignatureScheme> schemes = new ArrayList<>();

  /** Creates the default settings. */
  public GradiantWebhooksProperties() {}

  /** {@return the signing secrets} */
  public List<String> getSecrets() {
    return secrets;
  }

  /**
   * Sets the signing secrets.
   *
   * @param secrets the secrets
   */
  public void setSecrets(List<String> secrets) {
    this.secrets = secrets;
  }

  /** {@return the timestamp tolerance} */
  public Duration getTolerance() {
    return tolerance;
  }

  /**
   * Sets the timestamp tolerance.
   *
   * @param tolerance zero or more
   */
  public void setTolerance(Duration tolerance) {
    this.tolerance = tolerance;
  }

  /** {@return the replay window, or null for the verifier's default} */
  public Duration getReplayWindow() {
    return replayWindow;
  }

  /**
   * Sets the replay window.
   *
   * @param replayWindow at least twice the tolerance
   */
  public void setReplayWindow(Duration replayWindow) {
    this.replayWindow = replayWindow;
  }

  /** {@return the accepted schemes; empty for both} */
  public List<SignatureScheme> getSchemes() {
    return schemes;
  }

  /**
   * Sets the accepted schemes.
   *
   * @param schemes the schemes; empty for both
   */
  public void setSchemes(List<SignatureScheme> schemes) {
    this.schemes = schemes;
  }
}
