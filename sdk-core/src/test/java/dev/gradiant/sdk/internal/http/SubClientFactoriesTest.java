package dev.gradiant.sdk.internal.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The registry through which the client creates sub-clients whose constructors are not public. */
class SubClientFactoriesTest {

  /** Stands for a sub-client: registers its factory when the class is initialized. */
  static final class Probe {
    static {
      SubClientFactories.register(Probe.class, executor -> new Probe());
    }

    private Probe() {}
  }

  /** Registers nothing. */
  static final class Silent {}

  /** Registered by the test itself. */
  static final class Twice {}

  @Test
  void theClassAskedForIsInitializedSoItsFactoryIsThere() {
    Probe probe = SubClientFactories.create(Probe.class, null);

    assertThat(probe).isNotNull();
    assertThat(SubClientFactories.create(Probe.class, null)).isNotSameAs(probe);
  }

  @Test
  void aClassThatRegistersNoFactoryIsRefused() {
    assertThatThrownBy(() -> SubClientFactories.create(Silent.class, null))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("Silent registers no factory");
  }

  @Test
  void aSecondFactoryForTheSameClassIsRefused() {
    SubClientFactories.register(Twice.class, executor -> new Twice());

    assertThatThrownBy(() -> SubClientFactories.register(Twice.class, executor -> new Twice()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("twice");
  }
}
