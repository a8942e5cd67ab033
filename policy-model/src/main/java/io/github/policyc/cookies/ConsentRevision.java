package io.github.policyc.cookies;

import io.github.policyc.diff.Change;
import io.github.policyc.diff.VersionChanges;
import io.github.policyc.diff.internal.Subjects;
import io.github.policyc.history.PolicyVersion;
import io.github.policyc.history.Timeline;
import io.github.policyc.model.Cookie;
import io.github.policyc.model.PolicyModel;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The consent banner's {@code revision}: vanilla-cookieconsent asks visitors again when the revision
 * differs from the one stored with their choice. It counts, plus one, the versions of the policy that
 * made a material change to a cookie (added, one that lives longer, another purpose or provider, one no
 * longer strictly necessary) or to a purpose a cookie serves (in the version before or after), so it
 * grows exactly when a visitor's earlier consent no longer covers what the site does.
 *
 * <p>It depends on the published versions only, never on the build, so the same history always
 * gives the same number; and a version that changes nothing about cookies keeps every visitor's choice.
 *
 * @since 0.1.0
 */
public final class ConsentRevision {

    private ConsentRevision() {
    }

    /** The revision of the version in force: 1 until a version changes cookies materially. */
    public static int of(Timeline timeline) {
        List<PolicyVersion> versions = timeline.versions();
        int revision = 1;
        for (int i = 1; i < versions.size(); i++) {
            if (asksAgain(timeline.changesTo(i), versions.get(i - 1).model(), versions.get(i).model())) {
                revision++;
            }
        }
        return revision;
    }

    /** Whether the changes from {@code older} to {@code newer} make visitors' cookie choices out of date. */
    static boolean asksAgain(VersionChanges changes, PolicyModel older, PolicyModel newer) {
        Set<String> cookiePurposes = new HashSet<>();
        cookiePurposes(older, cookiePurposes);
        cookiePurposes(newer, cookiePurposes);
        for (Change change : changes.changes()) {
            if (!change.material()) {
                continue;
            }
            if (isAboutCookie(change.kind()) || cookiePurposes.contains(change.subject())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAboutCookie(Change.Kind kind) {
        return kind == Change.Kind.COOKIE_ADDED || kind == Change.Kind.COOKIE_CHANGED
                || kind == Change.Kind.COOKIE_REMOVED;
    }

    /** How changes name the purposes {@code model}'s cookies serve. */
    private static void cookiePurposes(PolicyModel model, Set<String> out) {
        for (Cookie cookie : model.cookies()) {
            if (cookie.purpose() != null) {
                model.purpose(cookie.purpose().id()).map(Subjects::purpose).ifPresent(out::add);
            }
        }
    }
}
