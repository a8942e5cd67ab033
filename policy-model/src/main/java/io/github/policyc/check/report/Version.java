package io.github.policyc.check.report;

/** The version of policyc, from the jar's manifest; "dev" when running from classes. */
final class Version {

    private Version() {
    }

    static String current() {
        String version = Version.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }
}
