package io.github.policyc.render.json.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.regex.Pattern;

/**
 * The value formats TILT requires of some of its strings. The model keeps contact details as the
 * authors wrote them, so a value that does not have TILT's format is left out where TILT allows that,
 * rather than written in a form TILT tools would reject.
 */
public final class TiltValues {

    /** TILT's phone numbers: an optional {@code +}, a code of 1–4 digits, maybe in brackets, then digits and separators. */
    private static final Pattern PHONE = Pattern.compile("\\+*\\(?[0-9]{1,4}\\)?[-\\s./0-9]*");
    private static final Pattern EMAIL = Pattern.compile("[^\\s@]+@[^\\s@]+\\.[^\\s@]+");
    private static final Pattern LEGAL_REFERENCE_PART = Pattern.compile("[()]");

    private TiltValues() {
    }

    /** The phone number, or {@code null} when TILT would not accept it. */
    public static String phone(String phone) {
        return phone != null && PHONE.matcher(phone).matches() ? phone : null;
    }

    /** The email address, or {@code null} when it does not look like one. */
    public static String email(String email) {
        return email != null && EMAIL.matcher(email).matches() ? email : null;
    }

    /** The address as a URI reference, or {@code null} when it is not one. */
    public static String uri(String url) {
        if (url == null) {
            return null;
        }
        try {
            new URI(url);
            return url;
        } catch (URISyntaxException e) {
            return null;
        }
    }

    /**
     * A GDPR article as TILT's legal reference: the law in capitals, then the parts joined by hyphens,
     * so Art. 6(1)(f) is {@code GDPR-6-1-f}.
     */
    public static String gdpr(String article) {
        return "GDPR-" + LEGAL_REFERENCE_PART.matcher(article.replace(")(", "-").replace("(", "-"))
                .replaceAll("");
    }
}
