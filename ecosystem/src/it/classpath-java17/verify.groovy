// The app printed its last line, on Java 17, with the SDK's own dependency versions.
def log = new File(basedir, 'build.log').text
def expect = { text ->
  if (!log.contains(text.toString())) {
    throw new AssertionError("build.log of ${basedir.name} has no line with: ${text}")
  }
}
expect 'ECOSYSTEM CHECK PASSED'
expect 'runtime: java 17'
expect "okhttp3.OkHttpClient from okhttp-jvm-${sdkOkhttpVersion}.jar"
expect "com.fasterxml.jackson.databind.ObjectMapper from jackson-databind-${sdkJacksonVersion}.jar"
return true
