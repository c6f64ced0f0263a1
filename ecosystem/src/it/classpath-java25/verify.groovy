// The app printed its last line, and it was Java 25 that ran it.
def log = new File(basedir, 'build.log').text
def expect = { text ->
  if (!log.contains(text.toString())) {
    throw new AssertionError("build.log of ${basedir.name} has no line with: ${text}")
  }
}
expect 'ECOSYSTEM CHECK PASSED'
expect 'runtime: java 25'
expect 'release 25'
return true
