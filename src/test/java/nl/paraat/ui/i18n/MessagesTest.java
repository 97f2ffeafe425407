package nl.paraat.ui.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.SortedSet;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class MessagesTest {

    @Test
    void bothBundlesHoldExactlyTheSameKeys() {
        SortedSet<String> nl = Messages.of(Language.NL).keys();
        SortedSet<String> en = Messages.of(Language.EN).keys();
        SortedSet<String> onlyNl = new TreeSet<>(nl);
        onlyNl.removeAll(en);
        SortedSet<String> onlyEn = new TreeSet<>(en);
        onlyEn.removeAll(nl);
        assertTrue(onlyNl.isEmpty(), "keys only in messages_nl.properties: " + onlyNl);
        assertTrue(onlyEn.isEmpty(), "keys only in messages_en.properties: " + onlyEn);
        assertTrue(nl.size() > 20, "the bundles hold the shell's texts");
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void noEmptyTexts(Language language) {
        Messages m = Messages.of(language);
        for (String key : m.keys()) {
            assertFalse(m.get(key).isBlank(), key + " is empty in " + Messages.resourceName(language));
        }
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void bundleFilesAreValidUtf8(Language language) throws IOException {
        try (InputStream in = Messages.class.getResourceAsStream(Messages.resourceName(language))) {
            byte[] bytes = in.readAllBytes();
            try {
                StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            } catch (CharacterCodingException e) {
                throw new AssertionError(Messages.resourceName(language) + " is not UTF-8", e);
            }
        }
    }

    @Test
    void nonAsciiTextIsReadAsUtf8() {
        assertTrue(Messages.of(Language.NL).get("welcome.audience.body").contains("Eén"));
    }

    @Test
    void theTwoLanguagesReallyDiffer() {
        assertEquals("Bestand", Messages.of(Language.NL).get("menu.file"));
        assertEquals("File", Messages.of(Language.EN).get("menu.file"));
    }

    @Test
    void dutchIsTheDefaultWhateverTheMachineLocale() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.US);
            assertEquals(Language.NL, Language.DEFAULT);
            assertEquals("Bestand", Messages.of(Language.DEFAULT).get("menu.file"));
            assertEquals(Language.NL, new nl.paraat.ui.shell.ShellModel().language());
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void formatReplacesPlaceholdersWithoutQuotingRules() {
        Messages m = Messages.of(Language.NL);
        assertEquals("Versie 1.2.3", m.format("about.version", "1.2.3"));
        assertTrue(m.get("welcome.scenarios.folder").contains("scenario's"), "apostrophe kept as written");
    }

    @Test
    void aMissingKeyFailsInTests() {
        // surefire sets paraat.messages.strict=true
        IllegalStateException e = assertThrows(IllegalStateException.class,
            () -> Messages.of(Language.EN).get("no.such.key"));
        assertTrue(e.getMessage().contains("no.such.key") && e.getMessage().contains("messages_en.properties"));
    }

    @Test
    void languageCodes() {
        assertEquals(Language.EN, Language.ofCode("EN").orElseThrow());
        assertEquals(Language.NL, Language.ofCode("nl").orElseThrow());
        assertTrue(Language.ofCode("de").isEmpty());
        assertEquals("nl", Language.NL.locale().getLanguage());
    }
}
