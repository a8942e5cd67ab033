package io.github.policyc.render.html;

import freemarker.cache.TemplateLoader;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import io.github.policyc.render.html.internal.RecordsOnlyAccessPolicy;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

/**
 * Lays pages out with FreeMarker templates, locked down: every value is HTML-escaped unless it is a
 * pre-rendered safe fragment, templates cannot create Java objects ({@code ?new}), reach the Java API
 * ({@code ?api}) or call methods, and output does not depend on the machine's locale or time zone.
 */
final class PageRenderer {

    private PageRenderer() {
    }

    static String render(Configuration configuration, String template, Record view)
            throws IOException, TemplateException {
        StringWriter out = new StringWriter();
        configuration.getTemplate(template).process(Map.of("view", view), out);
        return out.toString();
    }

    /** The locked-down configuration, reading templates from {@code loader}: the same for users' templates as for ours. */
    static Configuration configuration(TemplateLoader loader) {
        Configuration configuration = new Configuration(Configuration.VERSION_2_3_34);
        configuration.setTemplateLoader(loader);
        configuration.setDefaultEncoding(StandardCharsets.UTF_8.name());
        configuration.setLocalizedLookup(false);
        configuration.setOutputFormat(HTMLOutputFormat.INSTANCE);
        configuration.setAutoEscapingPolicy(Configuration.FORCE_AUTO_ESCAPING_POLICY);
        configuration.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        configuration.setAPIBuiltinEnabled(false);
        configuration.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        configuration.setLogTemplateExceptions(false);
        configuration.setWrapUncheckedExceptions(true);
        configuration.setFallbackOnNullLoopVariable(false);
        configuration.setLocale(Locale.ENGLISH);
        configuration.setTimeZone(TimeZone.getTimeZone("UTC"));
        configuration.setNumberFormat("computer");
        configuration.setBooleanFormat("c");
        DefaultObjectWrapperBuilder wrapper = new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34);
        wrapper.setMemberAccessPolicy(new RecordsOnlyAccessPolicy());
        wrapper.setExposeFields(false);
        configuration.setObjectWrapper(wrapper.build());
        return configuration;
    }
}
