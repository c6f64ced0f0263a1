// The app printed its last line, on Java 17, with the SDK's own dependency versions.
def log = new File(basedir, 'build.log').text
assert log.contains('ECOSYSTEM CHECK PASSED')
assert log.contains('runtime: java 17')
assert log.contains('okhttp3.OkHttpClient from okhttp-jvm-5.5.1.jar')
assert log.contains('kotlin.Unit from kotlin-stdlib-2.')
return true
