package io.github.policyc.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes paragraphs that read like privacy-policy prose: sentences built from a few templates and word
 * lists drawn with Zipf-like frequencies, so that unrelated paragraphs share common words ("we", "your",
 * "data", "personal") as real policies do, and differ in their less common ones. Each document (a run
 * of paragraphs) names its own organisation and a few products and places, as a corpus of many
 * organisations' policies would.
 */
final class ProseGenerator {

    private static final String[] SUBJECTS = {"we", "our team", "our staff", "our partners", "our service providers",
        "selected third parties", "our processors", "our suppliers", "our support team", "our marketing team",
        "our sales team", "our group companies", "our agents", "our subcontractors", "our accountants",
        "our lawyers", "our auditors", "our hosting provider", "our payment provider", "our recruiters"};
    private static final String[] MODALS = {"may", "will", "can", "might", "must", "should", "sometimes",
        "always", "only", "usually", "occasionally", "also", "never", "regularly"};
    private static final String[] VERBS = {"use", "collect", "process", "share", "store", "keep", "hold",
        "disclose", "transfer", "analyse", "record", "retain", "delete", "update", "review", "combine", "receive",
        "protect", "encrypt", "anonymise", "publish", "request", "gather", "monitor", "verify", "check", "manage",
        "handle", "send", "obtain", "access", "correct", "restrict", "archive", "back up", "log", "track",
        "measure", "evaluate", "assess", "aggregate", "match", "enrich", "validate", "pseudonymise", "copy",
        "export", "import", "index", "classify", "sort", "compare", "link", "forward", "print", "scan",
        "sign", "approve", "reject", "destroy", "erase", "secure", "audit", "inspect", "report", "summarise",
        "display", "host", "replicate", "migrate", "capture", "photograph", "film", "transcribe", "translate"};
    private static final String[] ADJECTIVES = {"personal", "contact", "technical", "financial", "sensitive",
        "billing", "professional", "basic", "additional", "relevant", "necessary", "accurate", "current",
        "historical", "aggregated", "anonymised", "limited", "optional", "essential", "statistical", "internal",
        "external", "electronic", "paper", "online", "public", "private", "confidential", "complete", "partial",
        "previous", "future", "regular", "occasional", "automatic", "manual", "secure", "encrypted", "detailed",
        "general", "specific", "commercial", "legal", "medical", "biometric", "demographic", "behavioural",
        "geographic", "social", "mobile", "digital", "printed", "recorded", "written", "verbal", "annual",
        "monthly", "weekly", "daily", "temporary", "permanent", "shared", "individual", "corporate", "local",
        "national", "international", "regional", "third-party", "first-party", "strictly necessary",
        "functional", "analytical", "promotional", "contractual", "statutory", "voluntary", "mandatory"};
    private static final String[] NOUNS = {"data", "information", "details", "name", "email address", "address",
        "phone number", "account", "records", "payments", "invoices", "orders", "preferences", "cookies", "logs",
        "device", "browser", "location", "identifier", "feedback", "survey", "application", "CV", "references",
        "photos", "videos", "messages", "calls", "meetings", "events", "website", "services", "products",
        "support requests", "complaints", "contracts", "bank details", "card details", "transactions", "history",
        "usage", "settings", "password", "username", "profile", "newsletter", "subscription", "renewals",
        "licences", "deliveries", "returns", "warranty", "appointments", "bookings", "registrations",
        "attendance", "qualifications", "employment history", "interview notes", "salary", "benefits",
        "pension", "health information", "dietary requirements", "accessibility needs", "emergency contacts",
        "next of kin", "date of birth", "age", "gender", "nationality", "passport", "driving licence",
        "vehicle", "IP address", "session", "analytics", "statistics", "reports", "backups", "archives",
        "correspondence", "notes", "tickets", "chat transcripts", "recordings", "CCTV footage", "visitor log",
        "access card", "keys", "login times", "audit trail", "consent", "objection", "request", "complaint",
        "dispute", "claim", "fraud checks", "credit checks", "identity checks", "sanctions screening",
        "tax records", "accounts", "budgets", "forecasts", "campaigns", "promotions", "offers", "competitions",
        "prizes", "testimonials", "reviews", "case studies", "partnerships", "referrals", "leads", "prospects",
        "customers", "suppliers", "contractors", "employees", "candidates", "visitors", "users", "members",
        "subscribers", "children", "parents", "guardians", "students", "patients", "tenants", "owners"};
    private static final String[] PREPOSITIONS = {"of", "for", "in", "from", "about", "with", "on", "by", "under",
        "through", "within", "across", "after", "before", "during"};
    private static final String[] DETERMINERS = {"the", "your", "our", "any", "some", "this", "such", "all",
        "each", "their", "relevant", "certain", "limited"};
    private static final String[] CONDITIONS = {"where the law requires it", "if you agree", "unless you object",
        "when it is necessary", "with your consent", "for as long as we need it", "in line with this policy",
        "under our contract with you", "to meet our legal obligations", "where we have a legitimate interest",
        "only on our instructions", "subject to appropriate safeguards", "when you ask us to",
        "in an emergency", "to protect your vital interests", "as part of a sale of our business",
        "for the purposes described above", "unless the law prevents us", "after checking your identity",
        "within one month of your request"};
    private static final String[] UNITS = {"days", "weeks", "months", "years"};
    private static final String[] SYLLABLES = {"ka", "lo", "mer", "vin", "dor", "sa", "tel", "bri", "qua", "nor",
        "ex", "pha", "gen", "tri", "lux", "zen", "cor", "mat", "ri", "ton", "vel", "ash", "ber", "cam", "dun",
        "fen", "gal", "hol", "ist", "jor", "kel", "lin", "mor", "nal", "ost", "pen", "ros", "sel", "tor", "ul"};

    private final SplittableRandom random;
    private final Zipf subjects = new Zipf(SUBJECTS.length);
    private final Zipf modals = new Zipf(MODALS.length);
    private final Zipf verbs = new Zipf(VERBS.length);
    private final Zipf adjectives = new Zipf(ADJECTIVES.length);
    private final Zipf nouns = new Zipf(NOUNS.length);
    private final Zipf prepositions = new Zipf(PREPOSITIONS.length);
    private final Zipf determiners = new Zipf(DETERMINERS.length);
    private final Zipf conditions = new Zipf(CONDITIONS.length);
    private String organisation;
    private String[] names;

    ProseGenerator(SplittableRandom random) {
        this.random = random;
        newDocument();
    }

    /** Starts the policy of another organisation, with its own name, products and places. */
    void newDocument() {
        organisation = capitalise(pseudoWord()) + " " + (random.nextBoolean() ? "Ltd" : "Group");
        names = new String[6];
        for (int i = 0; i < names.length; i++) {
            names[i] = capitalise(pseudoWord());
        }
    }

    /** A paragraph of {@code min} to {@code max} words. */
    String paragraph(int min, int max) {
        int target = min + random.nextInt(max - min + 1);
        List<String> words = new ArrayList<>();
        for (int attempt = 0; words.size() < target && attempt < 50; attempt++) {
            List<String> sentence = sentence();
            if (words.size() + sentence.size() <= max) {
                words.addAll(sentence);
            }
        }
        return String.join(" ", words);
    }

    /** A word to change or insert: any word the paragraphs use. */
    String anyWord() {
        String word;
        do {
            word = anyPhrase();
        } while (word.contains(" "));
        return word;
    }

    private String anyPhrase() {
        return switch (random.nextInt(5)) {
            case 0 -> pick(NOUNS, nouns);
            case 1 -> pick(VERBS, verbs);
            case 2 -> pick(ADJECTIVES, adjectives);
            case 3 -> pick(DETERMINERS, determiners);
            default -> pick(PREPOSITIONS, prepositions);
        };
    }

    private List<String> sentence() {
        String s = switch (random.nextInt(8)) {
            case 0 -> subject() + " " + pick(MODALS, modals) + " " + verb() + " " + nounPhrase() + " " + purpose();
            case 1 -> "if you " + verb() + " " + nounPhrase() + ", " + subject() + " " + pick(MODALS, modals) + " "
                    + verb() + " it " + pick(CONDITIONS, conditions);
            case 2 -> subject() + " " + pick(MODALS, modals) + " " + verb() + " " + nounPhrase() + " to "
                    + nounPhrase() + " " + pick(CONDITIONS, conditions);
            case 3 -> "we keep " + nounPhrase() + " for " + (1 + random.nextInt(36)) + " "
                    + UNITS[random.nextInt(UNITS.length)] + " after " + nounPhrase() + " ends";
            case 4 -> "you can ask us to " + verb() + " " + nounPhrase() + " at any time by contacting "
                    + nounPhrase();
            case 5 -> "this " + pick(NOUNS, nouns) + " is " + pick(ADJECTIVES, adjectives) + " for "
                    + nounPhrase() + " and " + pick(ADJECTIVES, adjectives) + " for " + nounPhrase();
            case 6 -> "where " + subject() + " " + verb() + " " + nounPhrase() + ", " + subject() + " "
                    + pick(MODALS, modals) + " " + verb() + " " + nounPhrase() + " " + pick(PREPOSITIONS, prepositions)
                    + " " + nounPhrase();
            default -> organisation + " " + pick(MODALS, modals) + " " + verb() + " " + nounPhrase() + " "
                    + pick(PREPOSITIONS, prepositions) + " " + nounPhrase() + ", " + purpose();
        };
        List<String> words = new ArrayList<>(List.of(s.split(" ")));
        words.set(0, capitalise(words.get(0)));
        words.set(words.size() - 1, words.get(words.size() - 1) + ".");
        return words;
    }

    private String subject() {
        return random.nextInt(6) == 0 ? organisation : pick(SUBJECTS, subjects);
    }

    private String verb() {
        return pick(VERBS, verbs);
    }

    private String nounPhrase() {
        StringBuilder phrase = new StringBuilder(pick(DETERMINERS, determiners));
        if (random.nextInt(3) == 0) {
            phrase.append(' ').append(pick(ADJECTIVES, adjectives));
        }
        phrase.append(' ').append(noun());
        if (random.nextInt(4) == 0) {
            phrase.append(" and ").append(noun());
        }
        if (random.nextInt(4) == 0) {
            phrase.append(' ').append(pick(PREPOSITIONS, prepositions)).append(' ')
                    .append(pick(DETERMINERS, determiners)).append(' ').append(noun());
        }
        return phrase.toString();
    }

    private String noun() {
        return random.nextInt(12) == 0 ? names[random.nextInt(names.length)] : pick(NOUNS, nouns);
    }

    private String purpose() {
        return switch (random.nextInt(3)) {
            case 0 -> "to " + verb() + " " + nounPhrase();
            case 1 -> "for " + pick(ADJECTIVES, adjectives) + " " + pick(NOUNS, nouns) + " purposes";
            default -> "in order to " + verb() + " " + nounPhrase();
        };
    }

    private String pick(String[] words, Zipf zipf) {
        return words[zipf.next(random)];
    }

    private String pseudoWord() {
        StringBuilder word = new StringBuilder();
        for (int i = 0, n = 2 + random.nextInt(2); i < n; i++) {
            word.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
        }
        return word.toString();
    }

    private static String capitalise(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    /** Ranks drawn with probability proportional to 1 / (rank + 1), as word frequencies fall in text. */
    private static final class Zipf {
        private final double[] cumulative;

        Zipf(int size) {
            cumulative = new double[size];
            double sum = 0;
            for (int i = 0; i < size; i++) {
                sum += 1.0 / (i + 1);
                cumulative[i] = sum;
            }
            for (int i = 0; i < size; i++) {
                cumulative[i] /= sum;
            }
        }

        int next(SplittableRandom random) {
            double u = random.nextDouble();
            int low = 0;
            int high = cumulative.length - 1;
            while (low < high) {
                int mid = (low + high) >>> 1;
                if (cumulative[mid] < u) {
                    low = mid + 1;
                } else {
                    high = mid;
                }
            }
            return low;
        }
    }
}
