// The app passed with the versions Spring Boot 4.0.7 manages, Jackson 3 working beside Jackson 2.
def log = new File(basedir, 'build.log').text
assert log.contains('ECOSYSTEM CHECK PASSED')
assert log.contains('com.fasterxml.jackson.databind.ObjectMapper from jackson-databind-2.21.4.jar')
assert log.contains('kotlin.Unit from kotlin-stdlib-2.2.21.jar')
assert log =~ /jackson 3 beside the SDK: 3\.\d+/
return true
