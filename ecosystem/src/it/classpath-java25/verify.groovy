// The app printed its last line, and it was Java 25 that ran it.
def log = new File(basedir, 'build.log').text
assert log.contains('ECOSYSTEM CHECK PASSED')
assert log.contains('runtime: java 25')
assert log.contains('release 25')
return true
