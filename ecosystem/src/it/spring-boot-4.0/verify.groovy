// The app passed with the versions Spring Boot 4.0.7 manages, Jackson 3 working beside Jackson 2.
def log = new File(basedir, 'build.log').text
def expect = { text ->
  if (!log.contains(text.toString())) {
    throw new AssertionError("build.log of ${basedir.name} has no line with: ${text}")
  }
}
expect 'ECOSYSTEM CHECK PASSED'
expect 'com.fasterxml.jackson.databind.ObjectMapper from jackson-databind-2.21.4.jar'
expect 'kotlin.Unit from kotlin-stdlib-2.2.21.jar'
if (!(log =~ /jackson 3 beside the SDK: 3\.\d+/)) {
  throw new AssertionError("build.log of ${basedir.name} shows no Jackson 3 version")
}
return true
