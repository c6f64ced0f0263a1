// Row 2 needs a JDK 25 beside the JDK 17 that runs the build. Where there is none, skip the row
// and say so in the build output (the invoker summary counts it as skipped, never as passed).
def java = new File(java25Home, 'bin/java')
if (!java.canExecute()) {
  println "[WARNING] ecosystem row classpath-java25 SKIPPED: no JDK 25 at ${java25Home}" +
      " (install one there or pass -Decosystem.java25.home=/path/to/jdk-25)"
  return false
}
return true
