package io.github.policyc.check.rules;

import io.github.policyc.check.CheckContext;
import io.github.policyc.check.FindingSink;
import io.github.policyc.check.Rule;
import io.github.policyc.check.RuleInfo;
import io.github.policyc.check.Severity;
import io.github.policyc.check.internal.scan.ProseText;
import io.github.policyc.model.Directive;
import io.github.policyc.model.Location;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** PC304: the prose speaks of a cookie policy, or of cookies the site sets, but the model declares none. */
public final class CookiePolicyWithoutCookies implements Rule {

    private static final RuleInfo INFO = new RuleInfo("PC304", "cookie-policy-without-cookies", Severity.WARNING,
            "0.1.0", "The prose refers to a cookie policy or to cookies the site uses, but no cookie is declared.",
            "\"We use cookies; please read our Cookie Policy\" promises readers a list of cookies, but with no"
                    + " cookies in the model the generated cookie policy says the site sets none. Either the"
                    + " inventory is missing, which hides from readers what is stored on their devices, or the"
                    + " text is wrong. The rule reads mentions of a cookie policy (or the cookie page's title),"
                    + " sentences such as \"we use cookies\" or \"the cookies we set\", and {{page cookies}},"
                    + " {{cookies}} and {{table cookies}}; it reports them once, at the first. List the cookies"
                    + " the site sets, or correct the text.");

    private static final Pattern MENTION = Pattern.compile("(?i)\\bcookies?\\s+(?:policy|notice|statement)\\b"
            + "|\\b(?:we|our\\s+(?:web)?sites?|this\\s+(?:web)?site|the\\s+(?:web)?site|it)\\s+"
            + "(?:(?:also|may|might|only|currently|will|sometimes|do)\\s+){0,8}(?:use|uses|set|sets|place|places|store|stores"
            + "|drop|drops)\\s+(?:(?!(?:no|not|any|never|zero)\\b)[\\p{L}-]+\\s+){0,2}?cookies?\\b"
            + "|\\bcookies\\s+(?:that\\s+|which\\s+)?(?:we|this\\s+(?:web)?site|our\\s+(?:web)?sites?)\\s+"
            + "(?:use|set|place)\\b");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(CheckContext context, FindingSink out) {
        if (!context.model().cookies().isEmpty()) {
            return;
        }
        Pattern title = Pattern.compile("(?i)(?<![\\p{L}\\p{N}])" + Pattern.quote(context.model().policy().cookieTitle())
                + "(?![\\p{L}\\p{N}])");
        List<Location> mentions = new ArrayList<>();
        Set<String> lines = new HashSet<>();
        String first = null;
        for (ProseText prose : ProseText.of(context)) {
            List<int[]> found = new ArrayList<>();
            for (Pattern pattern : List.of(MENTION, title)) {
                Matcher m = pattern.matcher(prose.text());
                while (m.find()) {
                    found.add(new int[] {m.start(), m.end()});
                }
            }
            for (ProseText.DirectiveAt directive : prose.directives()) {
                if (isAboutCookies(directive.directive())) {
                    found.add(new int[] {directive.start(), directive.end()});
                }
            }
            found.sort((a, b) -> Integer.compare(a[0], b[0]));
            for (int[] range : found) {
                Location at = prose.locate(range[0]);
                if (lines.add(at.file() + ":" + at.line())) {
                    mentions.add(at);
                    if (first == null) {
                        first = prose.field().prose().text().substring(range[0], range[1]).replaceAll("\\s+", " ");
                    }
                }
            }
        }
        if (!mentions.isEmpty()) {
            out.report(mentions.get(0), mentions.subList(1, mentions.size()), "the policy refers to cookies it uses"
                            + " or to its cookie policy (\"" + first + "\"), but declares no cookies",
                    "list the cookies the site sets under cookies: (a scan of the site finds them), or correct the"
                            + " text if it sets none");
        }
    }

    private static boolean isAboutCookies(Directive directive) {
        return switch (directive.kind()) {
            case PAGE -> "cookies".equals(directive.argument());
            case COOKIES -> true;
            case TABLE -> directive.table() == Directive.TableKind.COOKIES;
            default -> false;
        };
    }
}
