// The app passed with the versions Spring Boot 3.5.7 manages: Kotlin 1.9 under OkHttp 5.
def log = new File(basedir, 'build.log').text
def expect = { text ->
  if (!log.contains(text.toString())) {
    throw new AssertionError("build.log of ${basedir.name} has no line with: ${text}")
  }
}
expect 'ECOSYSTEM CHECK PASSED'
expect 'com.fasterxml.jackson.databind.ObjectMapper from jackson-databind-2.19.2.jar'
expect 'kotlin.Unit from kotlin-stdlib-1.9.25.jar'
expect 'okhttp3.OkHttpClient from okhttp-jvm-5.5.1.jar'
return true
