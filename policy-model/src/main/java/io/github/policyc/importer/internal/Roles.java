package io.github.policyc.importer.internal;

import java.util.Locale;
import java.util.Map;

/** Guesses who is behind a mailbox from the local part of its address. */
public final class Roles {

    /** The Data Protection Officer's role, which the controller's {@code dpo} points at. */
    public static final String DPO = "Data Protection Officer";

    private static final Map<String, String> BY_LOCAL_PART = Map.ofEntries(
            Map.entry("dpo", DPO),
            Map.entry("dataprotectionofficer", DPO),
            Map.entry("dataprotection", "Data protection"),
            Map.entry("gdpr", "Data protection"),
            Map.entry("privacy", "Privacy"),
            Map.entry("marketing", "Marketing"),
            Map.entry("itsecurity", "IT security"),
            Map.entry("security", "IT security"),
            Map.entry("infosec", "IT security"),
            Map.entry("cybersecurity", "IT security"),
            Map.entry("hr", "HR"),
            Map.entry("humanresources", "HR"),
            Map.entry("careers", "Recruitment"),
            Map.entry("jobs", "Recruitment"),
            Map.entry("recruitment", "Recruitment"),
            Map.entry("info", "General enquiries"),
            Map.entry("hello", "General enquiries"),
            Map.entry("enquiries", "General enquiries"),
            Map.entry("inquiries", "General enquiries"),
            Map.entry("contact", "General enquiries"),
            Map.entry("support", "Support"),
            Map.entry("helpdesk", "Support"),
            Map.entry("servicedesk", "Support"),
            Map.entry("sales", "Sales"),
            Map.entry("accounts", "Accounts"),
            Map.entry("billing", "Accounts"),
            Map.entry("finance", "Accounts"));

    private Roles() {
    }

    /** The role for a local part such as {@code dpo} or {@code IT-security}, or {@code null} when unknown. */
    public static String guess(String localPart) {
        return BY_LOCAL_PART.get(localPart.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", ""));
    }

    /** Whether a role is about data protection: the contact readers should use for their data. */
    public static boolean isDataProtection(String role) {
        return role.equals(DPO) || role.equals("Data protection") || role.equals("Privacy");
    }
}
