// The app passed on the oldest Jackson, OkHttp and Kotlin standard library the README claims.
def log = new File(basedir, 'build.log').text
def expect = { text ->
  if (!log.contains(text.toString())) {
    throw new AssertionError("build.log of ${basedir.name} has no line with: ${text}")
  }
}
expect 'ECOSYSTEM CHECK PASSED'
expect 'com.fasterxml.jackson.databind.ObjectMapper from jackson-databind-2.15.0.jar'
expect 'com.fasterxml.jackson.datatype.jsr310.JavaTimeModule from jackson-datatype-jsr310-2.15.0.jar'
expect 'okhttp3.OkHttpClient from okhttp-jvm-5.0.0.jar'
expect 'kotlin.Unit from kotlin-stdlib-1.9.25.jar'
return true
