// The app ran as a named module, with each SDK artifact a named module.
def log = new File(basedir, 'build.log').text
assert log.contains('ECOSYSTEM CHECK PASSED')
assert log.contains('placement: module-path as expected')
return true
