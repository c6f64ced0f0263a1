// The app passed with the versions Spring Boot 3.5.7 manages: Kotlin 1.9 under OkHttp 5.
def log = new File(basedir, 'build.log').text
assert log.contains('ECOSYSTEM CHECK PASSED')
assert log.contains('com.fasterxml.jackson.databind.ObjectMapper from jackson-databind-2.19.2.jar')
assert log.contains('kotlin.Unit from kotlin-stdlib-1.9.25.jar')
assert log.contains('okhttp3.OkHttpClient from okhttp-jvm-5.5.1.jar')
return true
