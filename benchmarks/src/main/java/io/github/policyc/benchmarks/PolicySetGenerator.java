package io.github.policyc.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes a {@link Workload} twice, as the same content: as a set of policyc models
 * ({@code policyc/<name>/policy.yaml} with {@code sections/*.md}), and as a Hugo site ({@code hugo/}: a
 * config, one layout, and per policy a privacy page with the same sections and a cookie page whose table
 * comes from front matter). The same workload and seed give the same files.
 *
 * <p>Each model loads without problems and passes the checks (warnings aside), so {@code policyc:build}
 * publishes it; its prose comes from {@link ProseGenerator}, a new organisation per policy.
 */
final class PolicySetGenerator {

    private static final String[] CATEGORIES = {"name", "email", "phone", "address", "payment", "usage", "device",
        "location", "preferences", "correspondence"};
    private static final String[] CATEGORY_LABELS = {"Name", "Email address", "Phone number", "Postal address",
        "Payment details", "How you use our services", "Device identifiers", "Approximate location",
        "Marketing preferences", "Correspondence with us"};
    private static final String[] RECIPIENTS = {"hosting", "payments", "courier", "email-service", "analytics",
        "accountants"};
    private static final String[] COOKIE_CATEGORIES = {"strictly-necessary", "functional", "analytics", "marketing"};
    private static final String[] DURATIONS = {"session", "P1D", "P30D", "P6M", "P1Y", "P2Y"};

    private final Workload workload;
    private final long seed;

    PolicySetGenerator(Workload workload, long seed) {
        this.workload = workload;
        this.seed = seed;
    }

    /** Writes {@code policyc/} and {@code hugo/} into {@code root}; returns the number of files written. */
    int write(Path root) {
        int files = writeHugoSkeleton(root.resolve("hugo"));
        for (int i = 0; i < workload.policies(); i++) {
            Policy policy = policy(i);
            files += writePolicyc(root.resolve("policyc").resolve(policy.name()), policy);
            files += writeHugo(root.resolve("hugo/content").resolve(policy.name()), policy);
        }
        return files;
    }

    /** One generated policy: its organisation, its sections (id, title, Markdown) and cookies. */
    record Policy(String name, String organisation, String domain, List<SectionText> sections, List<CookieRow> cookies) {
    }

    record SectionText(String id, String title, boolean cookiePage, String markdown) {
    }

    record CookieRow(String name, String provider, String party, String category, String duration, String purpose,
                     String description) {
    }

    /** The policy at {@code index}: the same for the same seed, whatever else is generated. */
    Policy policy(int index) {
        SplittableRandom random = new SplittableRandom(seed * 1_000_003L + index);
        ProseGenerator prose = new ProseGenerator(random.split());
        String name = String.format(Locale.ROOT, "brand-%04d", index);
        String organisation = "Brand " + index + " " + (random.nextBoolean() ? "Limited" : "Group plc");
        String domain = name + ".example";
        List<SectionText> sections = new ArrayList<>();
        int cookieSections = Math.max(2, workload.sections() / 12);
        int privacySections = workload.sections() - cookieSections;
        for (int s = 0; s < workload.sections(); s++) {
            boolean cookiePage = s >= privacySections;
            String id = String.format(Locale.ROOT, "s%02d", s + 1);
            String title = capitalise(prose.anyWord()) + " and " + prose.anyWord() + " " + (s + 1);
            StringBuilder body = new StringBuilder();
            String directive = directive(s, privacySections, cookiePage);
            int paragraphs = 2 + random.nextInt(3);
            for (int p = 0; p < paragraphs; p++) {
                String text = unnamed(prose.paragraph(40, 80));
                if (p == 0 && s % 7 == 0) {
                    text += " Questions? Write to {{contact dpo}}.";
                }
                if (p == 1 && s % 11 == 0) {
                    text += " Our {{page cookies}} lists the cookies we use.";
                }
                body.append(text).append("\n\n");
                if (p == 0 && directive != null) {
                    body.append(directive).append("\n\n");
                }
            }
            sections.add(new SectionText(id, title, cookiePage, body.toString()));
        }
        List<CookieRow> cookies = new ArrayList<>();
        for (int c = 0; c < workload.cookies(); c++) {
            String category = COOKIE_CATEGORIES[random.nextInt(COOKIE_CATEGORIES.length)];
            boolean needsConsent = !category.equals("strictly-necessary");
            cookies.add(new CookieRow(String.format(Locale.ROOT, "_%s_%d", prose.anyWord().replace('-', '_'), c),
                    random.nextInt(3) == 0 ? "Analytics Co" : organisation, random.nextInt(3) == 0 ? "third" : "first",
                    category, DURATIONS[random.nextInt(DURATIONS.length)], needsConsent ? "insights" : "website",
                    capitalise(unnamed(prose.paragraph(8, 16)))));
        }
        return new Policy(name, organisation, domain, sections, cookies);
    }

    /** The block directive a section shows after its first paragraph, if any. */
    private static String directive(int section, int privacySections, boolean cookiePage) {
        if (cookiePage) {
            return section == privacySections ? "{{cookies}}" : null;
        }
        return switch (section) {
            case 1 -> "{{purposes}}";
            case 3 -> "{{table categories}}";
            case 5 -> "{{table recipients}}";
            case 7 -> "{{rights}}";
            case 9 -> "{{controller}}";
            case 11 -> "{{authority}}";
            default -> null;
        };
    }

    private int writePolicyc(Path directory, Policy policy) {
        StringBuilder yaml = new StringBuilder();
        yaml.append("""
                policy:
                  id: %s
                  title: Privacy Policy
                  version: "2024.03"
                  effective: 2024-03-01
                  language: en-GB
                  cookieTitle: Cookie Policy
                controller:
                  name: %s
                  companyNumber: "%08d"
                  registeredIn: England and Wales
                  address: [1 High Street, Bolton, BL1 1AA]
                  contact: dpo
                  dpo: dpo
                  website: https://www.%s
                contacts:
                  dpo: { role: Data Protection Officer, email: dpo@%s }
                  support: { role: Customer support, email: support@%s, phone: "+44 161 496 0000" }
                supervisoryAuthority:
                  name: Information Commissioner's Office
                  url: https://ico.org.uk/make-a-complaint/
                dataSubjects:
                  customers: { label: Customers }
                  visitors: { label: Website visitors }
                dataCategories:
                """.formatted(policy.name(), policy.organisation(), Math.abs(policy.name().hashCode()) % 100_000_000,
                policy.domain(), policy.domain(), policy.domain()));
        for (int i = 0; i < CATEGORIES.length; i++) {
            yaml.append("  ").append(CATEGORIES[i]).append(": { label: ").append(CATEGORY_LABELS[i])
                    .append(", sources: [").append(i < 5 ? "provided" : "observed").append("] }\n");
        }
        yaml.append("""
                purposes:
                  orders:
                    title: Processing orders
                    description: We use your details to deliver what you ordered and to invoice you.
                    subjects: [customers]
                    categories: [name, email, phone, address, payment]
                    lawfulBasis: contract
                    retention: { period: P6Y, trigger: after the end of the financial year }
                    recipients: [payments, courier, accountants]
                    requirement: We need these details to take your order.
                  support:
                    title: Answering your questions
                    description: We use your details to answer what you ask us.
                    subjects: [customers, visitors]
                    categories: [name, email, phone, correspondence]
                    lawfulBasis: legitimate-interests
                    legitimateInterest: Answering the people who write to us.
                    retention: { period: P2Y, trigger: after our last message }
                    recipients: [email-service]
                    requirement: You do not have to write to us.
                  newsletter:
                    title: Sending our newsletter
                    description: We send you news about our products when you ask us to.
                    subjects: [customers]
                    categories: [name, email, preferences]
                    lawfulBasis: consent
                    retention: { period: P3Y, trigger: after you unsubscribe }
                    recipients: [email-service]
                    requirement: The newsletter is optional.
                  website:
                    title: Running our website
                    description: We keep the website secure and working.
                    subjects: [visitors]
                    categories: [device, usage]
                    lawfulBasis: legitimate-interests
                    legitimateInterest: Keeping our website secure and available.
                    retention: { period: P2Y, trigger: after your visit }
                    recipients: [hosting]
                    requirement: The website needs this to work.
                  insights:
                    title: Understanding how our website is used
                    description: We measure visits to improve the website, with your consent.
                    subjects: [visitors]
                    categories: [device, usage, location]
                    lawfulBasis: consent
                    retention: { period: P2Y, trigger: after your visit }
                    recipients: [analytics]
                    requirement: You do not have to accept these cookies.
                recipients:
                  hosting: { name: Our hosting provider, role: processor, countries: [GB] }
                  payments: { name: Our payment provider, role: processor, countries: [GB] }
                  courier: { name: Our courier, role: processor, countries: [GB] }
                  email-service:
                    name: Our email service
                    role: processor
                    countries: [US]
                    transfer: { safeguard: idta, description: Our contract with the email service includes the IDTA. }
                  analytics:
                    name: Analytics Co
                    role: processor
                    countries: [US]
                    transfer: { safeguard: idta, description: Our contract with Analytics Co includes the IDTA. }
                  accountants: { name: Our accountants, role: processor, countries: [GB] }
                rights:
                  access: { description: You can ask for a copy of your data., contact: dpo }
                  rectification: { description: You can ask us to correct your data., contact: dpo }
                  erasure: { description: You can ask us to delete your data., contact: dpo }
                  restriction: { description: You can ask us to limit how we use your data., contact: dpo }
                  objection: { description: You can object to how we use your data., contact: dpo }
                  portability: { description: You can ask for your data in a portable form., contact: support }
                  withdraw-consent: { description: You can withdraw your consent at any time., contact: dpo }
                  complaint: { description: You can complain to the ICO. }
                automatedDecisions: { used: false }
                cookies:
                """);
        for (CookieRow cookie : policy.cookies()) {
            yaml.append("  - name: \"").append(cookie.name()).append("\"\n")
                    .append("    provider: ").append(cookie.provider()).append('\n')
                    .append("    party: ").append(cookie.party()).append('\n')
                    .append("    domain: ").append(policy.domain()).append('\n')
                    .append("    category: ").append(cookie.category()).append('\n')
                    .append("    duration: ").append(cookie.duration()).append('\n')
                    .append("    purpose: ").append(cookie.purpose()).append('\n')
                    .append("    description: ").append(cookie.description()).append('\n');
        }
        yaml.append("sections:\n");
        int files = 1;
        for (SectionText section : policy.sections()) {
            yaml.append("  - id: ").append(section.id()).append('\n')
                    .append("    title: ").append(section.title()).append('\n');
            if (section.cookiePage()) {
                yaml.append("    page: cookies\n");
            }
            yaml.append("    body: { file: sections/").append(section.id()).append(".md }\n");
            write(directory.resolve("sections").resolve(section.id() + ".md"), section.markdown());
            files++;
        }
        write(directory.resolve("policy.yaml"), yaml.toString());
        return files;
    }

    /** The Hugo site's config and its one layout: a policy page, its purposes, its sections and its cookies. */
    private static int writeHugoSkeleton(Path hugo) {
        write(hugo.resolve("config.toml"), """
                baseURL = "/"
                languageCode = "en-gb"
                title = "Policies"
                disableKinds = ["home", "section", "taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]
                [markup.goldmark.renderer]
                  unsafe = false
                """);
        write(hugo.resolve("layouts/_default/single.html"), """
                <!DOCTYPE html>
                <html lang="en-GB">
                <head><meta charset="utf-8"><title>{{ .Title }} of {{ .Params.organisation }}</title>
                <link rel="stylesheet" href="/policy.css"></head>
                <body>
                <header><p>{{ .Params.organisation }}</p><h1>{{ .Title }}</h1>
                <p>Version {{ .Params.version }}, effective from {{ .Params.effective }}</p></header>
                <main>
                {{ with .Params.purposes }}<table><caption>Why we use your data</caption>
                <thead><tr><th scope="col">Purpose</th><th scope="col">Lawful basis</th><th scope="col">Retention</th></tr></thead>
                <tbody>{{ range . }}<tr><td>{{ .title }}</td><td>{{ .basis }}</td><td>{{ .retention }}</td></tr>{{ end }}</tbody>
                </table>{{ end }}
                <nav><ol>{{ range .Params.toc }}<li><a href="#{{ .id }}">{{ .title }}</a></li>{{ end }}</ol></nav>
                {{ .Content }}
                {{ with .Params.cookies }}<table><caption>Cookies we use</caption>
                <thead><tr><th scope="col">Name</th><th scope="col">Provider</th><th scope="col">Category</th><th scope="col">Duration</th><th scope="col">Purpose</th></tr></thead>
                <tbody>{{ range . }}<tr><td><code>{{ .name }}</code></td><td>{{ .provider }}</td><td>{{ .category }}</td><td>{{ .duration }}</td><td>{{ .description }}</td></tr>{{ end }}</tbody>
                </table>{{ end }}
                </main>
                </body>
                </html>
                """);
        write(hugo.resolve("static/policy.css"), "body { font-family: sans-serif; max-width: 45rem; margin: auto; }\n");
        return 3;
    }

    /** The same policy for Hugo: directives become what the layout renders from front matter, or plain text. */
    private static int writeHugo(Path directory, Policy policy) {
        StringBuilder privacy = new StringBuilder(frontMatter("Privacy Policy", policy));
        privacy.append("purposes:\n");
        for (String[] purpose : new String[][] {{"Processing orders", "Contract", "6 years"},
                {"Answering your questions", "Legitimate interests", "2 years"},
                {"Sending our newsletter", "Consent", "3 years"}, {"Running our website", "Legitimate interests", "2 years"},
                {"Understanding how our website is used", "Consent", "2 years"}}) {
            privacy.append("  - { title: \"").append(purpose[0]).append("\", basis: \"").append(purpose[1])
                    .append("\", retention: \"").append(purpose[2]).append("\" }\n");
        }
        StringBuilder cookies = new StringBuilder(frontMatter("Cookie Policy", policy));
        cookies.append("cookies:\n");
        for (CookieRow cookie : policy.cookies()) {
            cookies.append("  - { name: \"").append(cookie.name()).append("\", provider: \"").append(cookie.provider())
                    .append("\", category: \"").append(cookie.category()).append("\", duration: \"")
                    .append(cookie.duration()).append("\", description: \"").append(cookie.description())
                    .append("\" }\n");
        }
        privacy.append("toc:\n");
        cookies.append("toc:\n");
        for (SectionText section : policy.sections()) {
            (section.cookiePage() ? cookies : privacy).append("  - { id: ").append(section.id()).append(", title: \"")
                    .append(section.title()).append("\" }\n");
        }
        privacy.append("---\n");
        cookies.append("---\n");
        for (SectionText section : policy.sections()) {
            StringBuilder page = section.cookiePage() ? cookies : privacy;
            page.append("\n## ").append(section.title()).append(" {#").append(section.id()).append("}\n\n")
                    .append(hugoMarkdown(section.markdown(), policy));
        }
        write(directory.resolve("privacy-policy.md"), privacy.toString());
        write(directory.resolve("cookie-policy.md"), cookies.toString());
        return 2;
    }

    private static String frontMatter(String title, Policy policy) {
        return "---\ntitle: \"" + title + "\"\norganisation: \"" + policy.organisation()
                + "\"\nversion: \"2024.03\"\neffective: \"1 March 2024\"\n";
    }

    /** Inline directives as the links policyc makes of them; block directives are left to the layout. */
    private static String hugoMarkdown(String markdown, Policy policy) {
        return markdown.replace("{{contact dpo}}", "[dpo@" + policy.domain() + "](mailto:dpo@" + policy.domain() + ")")
                .replace("{{page cookies}}", "[Cookie Policy](../cookie-policy/)")
                .replaceAll("(?m)^\\{\\{[a-z ]+}}$", "");
    }

    /** Words after which a capitalised name reads as someone to contact (PC202, an error, in the model). */
    private static final Pattern VERB_AND_NAME = Pattern.compile("(?<![\\w-])((?i:speak(?:ing)?|talk(?:ing)?"
            + "|contact(?:ing)?|ask(?:ing)?|writ(?:e|ing)|call(?:ing)?|phon(?:e|ing)|ring(?:ing)?|e-?mail(?:ing)?"
            + "|tell(?:ing)?|inform(?:ing)?|consult(?:ing)?|with|to|touch|out))(\\s+(?i:the\\s+|our\\s+|your\\s+)?)"
            + "(\\p{Lu}\\p{L}*)");

    /**
     * The prose with the generated names that follow "contact", "ask" and the like in lower case: "contact
     * Ostlo" would tell readers to contact someone the model cannot declare, which the checks rightly reject.
     */
    static String unnamed(String text) {
        return VERB_AND_NAME.matcher(text).replaceAll(m -> Matcher.quoteReplacement(
                m.group(1) + m.group(2) + m.group(3).toLowerCase(Locale.ROOT)));
    }

    private static String capitalise(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    private static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
