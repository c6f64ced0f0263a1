package dev.gradiant.sdk.internal.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The SDK's version (written at build time) and the {@code User-Agent} built from it. */
public final class UserAgent {
  private static final String VERSION = readVersion();

  private UserAgent() {}

  /** The SDK version, e.g. {@code 0.1.0}. */
  public static String sdkVersion() {
    return VERSION;
  }

  /** {@code gradiant-java/0.1.0 (Java 17.0.15; Linux amd64)}. */
  public static String value() {
    return "gradiant-java/"
        + VERSION
        + " (Java "
        + System.getProperty("java.version")
        + "; "
        + System.getProperty("os.name")
        + " "
        + System.getProperty("os.arch")
        + ")";
  }

  private static String readVersion() {
    try (InputStream in = UserAgent.class.getResourceAsStream("/dev/gradiant/sdk/sdk.properties")) {
      if (in == null) {
        return "unknown";
      }
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version", "unknown");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
