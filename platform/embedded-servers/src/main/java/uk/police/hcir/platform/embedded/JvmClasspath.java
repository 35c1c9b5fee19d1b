package uk.police.hcir.platform.embedded;

/** The class path of this JVM, as a child JVM needs it to run code of this one. */
final class JvmClasspath {

    private JvmClasspath() {
    }

    static String current() {
        String surefire = System.getProperty("surefire.test.class.path");
        if (surefire != null && !surefire.isBlank()) {
            return surefire;
        }
        return System.getProperty("java.class.path");
    }

    static String javaExecutable() {
        return System.getProperty("java.home") + "/bin/java";
    }
}
