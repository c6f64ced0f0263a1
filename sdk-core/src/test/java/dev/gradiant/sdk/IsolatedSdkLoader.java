package dev.gradiant.sdk;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A class loader that loads the SDK's own classes ({@code dev.gradiant.sdk.*}) afresh, from the
 * same class files, and everything else (OkHttp, Jackson, the JDK) from the test's loader: what a
 * client made through it loads of the SDK is then exactly what {@link #sdkClassesLoaded()} lists,
 * whatever other tests in this JVM loaded before.
 */
final class IsolatedSdkLoader extends ClassLoader {
  private static final String SDK = "dev.gradiant.sdk.";

  private final List<String> loaded = new ArrayList<>();

  IsolatedSdkLoader() {
    super(IsolatedSdkLoader.class.getClassLoader());
  }

  @Override
  protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
    if (!name.startsWith(SDK)) {
      return super.loadClass(name, resolve);
    }
    synchronized (getClassLoadingLock(name)) {
      Class<?> type = findLoadedClass(name);
      if (type == null) {
        byte[] bytes = classFile(name);
        type = defineClass(name, bytes, 0, bytes.length);
        synchronized (loaded) {
          loaded.add(name);
        }
      }
      if (resolve) {
        resolveClass(type);
      }
      return type;
    }
  }

  /** {@return the SDK classes loaded through this loader so far, in order} */
  List<String> sdkClassesLoaded() {
    synchronized (loaded) {
      return List.copyOf(loaded);
    }
  }

  private byte[] classFile(String name) throws ClassNotFoundException {
    try (InputStream in = getParent().getResourceAsStream(name.replace('.', '/') + ".class")) {
      if (in == null) {
        throw new ClassNotFoundException(name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
