// The app passed on the oldest Jackson, OkHttp and Kotlin standard library the README claims.
def log = new File(basedir, 'build.log').text
assert log.contains('ECOSYSTEM CHECK PASSED')
assert log.contains('com.fasterxml.jackson.databind.ObjectMapper from jackson-databind-2.19.0.jar')
assert log.contains('com.fasterxml.jackson.datatype.jsr310.JavaTimeModule from jackson-datatype-jsr310-2.19.0.jar')
assert log.contains('okhttp3.OkHttpClient from okhttp-jvm-5.0.0.jar')
assert log.contains('kotlin.Unit from kotlin-stdlib-1.9.25.jar')
return true
