package app.spindle.mirror.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spindle.mirror.SearchKeys;
import java.util.List;
import org.junit.jupiter.api.Test;

class WordPrefixesTest {
    @Test
    void a_text_is_cut_into_words_as_the_search_box_cuts_what_is_typed() {
        for (String text : List.of("Hello-World", "  Löwe & Søn ", "Beyoncé – Déjà Vu (Remix)", "½ 2nd Ⅻ x²",
                "İstanbul ÇAĞRI", "𝄞 Clef 𝔄𝔟𝔠 日本語の歌", "", "A1/B2", "O'Brien's")) {
            assertEquals(FtsQuery.words(SearchKeys.withoutAccents(text)), WordPrefixes.split(text), text);
        }
        assertEquals(List.of(), WordPrefixes.split(null));
    }

    @Test
    void every_typed_word_must_start_a_word_of_the_track_or_its_record() {
        WordPrefixes typed = WordPrefixes.of("lo dub");
        assertTrue(typed.allFoundIn(WordPrefixes.split("Löwe"), WordPrefixes.split("King Tubby Dub")));
        assertFalse(typed.allFoundIn(WordPrefixes.split("Hello"), WordPrefixes.split("King Tubby Dub")), "not inside a word");
        assertFalse(typed.allFoundIn(WordPrefixes.split("Lola"), List.of()), "every word");
    }
}
