// The app passed with the versions Spring Boot 3.5.7 manages.
def log = new File(basedir, 'build.log').text
assert log.contains('ECOSYSTEM CHECK PASSED')
assert log.contains('com.fasterxml.jackson.databind.ObjectMapper from jackson-databind-2.19.2.jar')
return true
