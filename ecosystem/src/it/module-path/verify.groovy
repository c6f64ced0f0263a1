// The app ran as a named module, with each SDK artifact a named module of the expected name.
def log = new File(basedir, 'build.log').text
def expect = { text ->
  if (!log.contains(text.toString())) {
    throw new AssertionError("build.log of ${basedir.name} has no line with: ${text}")
  }
}
expect 'ECOSYSTEM CHECK PASSED'
expect 'placement: module-path as expected'
expect 'module dev.gradiant.sdk exports'
expect 'module dev.gradiant.sdk.webhooks exports'
expect 'module dev.gradiant.sdk.testing exports'
return true
