package nl.paraat.ui.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The texts of one {@link Language}, loaded explicitly from {@code messages_<code>.properties} (UTF-8)
 * beside this class. There is no fallback to the machine's locale or to another language: each bundle
 * holds every key (a test checks both hold the same keys).
 *
 * <p>A missing key is shown as {@code ‹key›} and logged; with the system property
 * {@code paraat.messages.strict=true} (set for the tests) it throws instead, so tests catch it.
 */
public final class Messages {
    private static final Logger LOG = LoggerFactory.getLogger(Messages.class);
    private static final Map<Language, Messages> LOADED = Collections.synchronizedMap(new EnumMap<>(Language.class));

    private final Language language;
    private final SortedMap<String, String> texts;

    private Messages(Language language, SortedMap<String, String> texts) {
        this.language = language;
        this.texts = texts;
    }

    /** The texts of a language (loaded once, then shared). */
    public static Messages of(Language language) {
        return LOADED.computeIfAbsent(language, Messages::load);
    }

    /** The resource path of a language's bundle. */
    public static String resourceName(Language language) {
        return "messages_" + language.code() + ".properties";
    }

    public Language language() {
        return language;
    }

    /** Every key of this bundle, sorted. */
    public SortedSet<String> keys() {
        return Collections.unmodifiableSortedSet(new TreeSet<>(texts.keySet()));
    }

    /** True if the bundle holds the key. */
    public boolean has(String key) {
        return texts.containsKey(key);
    }

    /** The text for a key. */
    public String get(String key) {
        String text = texts.get(key);
        if (text != null) {
            return text;
        }
        String where = "no text for key '" + key + "' in " + resourceName(language);
        if (Boolean.getBoolean("paraat.messages.strict")) {
            throw new IllegalStateException(where);
        }
        LOG.warn(where);
        return "‹" + key + "›";
    }

    /**
     * The text for a key with {@code {0}}, {@code {1}}, ... replaced by the arguments' string forms.
     * Unlike {@link java.text.MessageFormat} no quoting rules apply, so "regio's" needs no escaping.
     */
    public String format(String key, Object... args) {
        String text = get(key);
        for (int i = 0; i < args.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return text;
    }

    private static Messages load(Language language) {
        String name = resourceName(language);
        try (InputStream in = Messages.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("language bundle " + name + " is missing from the build");
            }
            Properties p = new Properties();
            try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                p.load(r);
            }
            SortedMap<String, String> texts = new TreeMap<>();
            for (String key : p.stringPropertyNames()) {
                texts.put(key, p.getProperty(key));
            }
            return new Messages(language, Collections.unmodifiableSortedMap(texts));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read language bundle " + name, e);
        }
    }
}
