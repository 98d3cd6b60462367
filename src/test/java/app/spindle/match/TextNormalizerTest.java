package app.spindle.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextNormalizerTest {

    @ParameterizedTest(name = "{0} folds to {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Björk                      | bjork
            Sigur Rós                  | sigur ros
            Mø                         | mo
            Die Ärzte                  | die arzte
            Straße                     | strasse
            Æolus                      | aeolus
            Łona                       | lona
            Simon & Garfunkel          | simon and garfunkel
            Simon + Garfunkel          | simon and garfunkel
            Don't Stop 'Til You Get Enough | dont stop til you get enough
            Don’t Stop                 | dont stop
            R.E.M.                     | rem
            (K-RAA-K)³                 | k raa k 3
            Hello,   World!            | hello world
            AC/DC                      | ac dc
            Beyoncé                    | beyonce
            """)
    void fold_makes_text_comparable(String text, String folded) {
        assertEquals(folded, TextNormalizer.fold(text));
    }

    @ParameterizedTest(name = "artist {0} → main {1}, featured [{2}]")
    @CsvSource(delimiter = '|', textBlock = """
            The Beatles                      | beatles               | ''
            Beatles, The                     | beatles               | ''
            Prince (2)                       | prince                | ''
            Sun Ra*                          | sun ra                | ''
            John Lawrence (2) & Frost (11)   | john lawrence and frost | ''
            Daft Punk feat. Pharrell Williams | daft punk            | pharrell williams
            Daft Punk ft Pharrell Williams   | daft punk             | pharrell williams
            Mark Ronson featuring Bruno Mars | mark ronson           | bruno mars
            Calvin Harris (feat. Rihanna)    | calvin harris         | rihanna
            Nick Cave with Kylie Minogue     | nick cave             | kylie minogue
            Artist feat. A & B               | artist                | a,b
            Daft Punk                        | daft punk             | ''
            Soft Cell                        | soft cell             | ''
            """)
    void artist_credits_are_taken_apart(String credit, String main, String featured) {
        ArtistCredit a = TextNormalizer.artist(credit);
        assertEquals(main, a.main());
        assertEquals(featured.isEmpty() ? List.of() : List.of(featured.split(",")), a.featured());
    }

    @Test
    void an_artist_credit_lists_its_single_names() {
        assertEquals(List.of("simon", "garfunkel"), TextNormalizer.artist("Simon and Garfunkel").names());
        assertEquals(List.of("carl cox", "laurent garnier"), TextNormalizer.artist("Carl Cox vs. Laurent Garnier").names());
        assertEquals(List.of("prince"), TextNormalizer.artist("Prince (2)").names());
    }

    @Test
    void various_is_recognised() {
        assertTrue(TextNormalizer.artist("Various").various());
        assertTrue(TextNormalizer.artist("Various Artists").various());
        assertFalse(TextNormalizer.artist("Variousy").various());
    }

    @ParameterizedTest(name = "title {0} → {1} / mix {2}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            Windowlicker                                  | windowlicker          | null
            Here Comes the Sun (Remastered 2009)          | here comes the sun    | null
            Here Comes the Sun - 2009 Remaster            | here comes the sun    | null
            Here Comes the Sun - Remastered 2019          | here comes the sun    | null
            Strings of Life (Original Mix)                | strings of life       | null
            Blue Monday - Radio Edit                      | blue monday           | null
            Paranoid [Live]                               | paranoid              | null
            Paranoid - Live at Wembley 1986               | paranoid              | null
            God Only Knows (Mono)                         | god only knows        | null
            Heroes (Single Version)                       | heroes                | null
            Can You Feel It (Extended Mix)                | can you feel it       | null
            Can You Feel It (Larry Heard Remix)           | can you feel it       | larry heard remix
            Can You Feel It - Larry Heard Remix           | can you feel it       | larry heard remix
            Never Gonna Give You Up (Instrumental)        | never gonna give you up | instrumental
            Pacific State (Remastered 2011) [Dub Mix]     | pacific state         | dub mix
            Taking Tiger Mountain (By Strategy)           | taking tiger mountain by strategy | null
            Get Lucky (feat. Pharrell Williams)           | get lucky             | null
            Get Lucky feat. Pharrell Williams             | get lucky             | null
            Get Lucky - Radio Edit (feat. Pharrell Williams) | get lucky          | null
            Anti-Hero                                     | anti hero             | null
            Love Will Tear Us Apart - Pennine Version     | love will tear us apart | pennine version
            Part 1 - The Beginning                        | part 1 the beginning  | null
            With or Without You                           | with or without you   | null
            Smells Like Teen Spirit (Explicit)            | smells like teen spirit | null
            Blue Monday (Special Mix)                     | blue monday           | special mix
            Nevermind (Deluxe)                            | nevermind             | null
            Can You Feel It (1998 Remix)                  | can you feel it       | 1998 remix
            Here Comes The Sun (2019 Mix)                 | here comes the sun    | null
            Danger Zone (From "Top Gun")                  | danger zone           | null
            """)
    void titles_lose_version_suffixes_but_keep_remixes(String title, String base, String mix) {
        TitleParts t = TextNormalizer.title(title);
        assertEquals(base, t.base());
        assertEquals(mix, t.mixName());
    }

    @Test
    void guests_in_titles_are_kept_apart() {
        assertEquals(List.of("pharrell williams"), TextNormalizer.title("Get Lucky (feat. Pharrell Williams)").featured());
        assertEquals(List.of("nile rodgers", "pharrell williams"),
                TextNormalizer.title("Get Lucky (ft. Nile Rodgers & Pharrell Williams)").featured());
    }

    @ParameterizedTest(name = "album {0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Room To Live (Expanded Edition)     | room to live
            Abbey Road (Super Deluxe Edition)   | abbey road
            Nevermind (Remastered)              | nevermind
            Random Access Memories              | random access memories
            Working Backwards: 1983-1973        | working backwards 1983 1973
            """)
    void albums_lose_edition_suffixes(String album, String folded) {
        assertEquals(folded, TextNormalizer.album(album));
    }

    @Test
    void labels_lose_the_discogs_number() {
        assertEquals("action records", TextNormalizer.label("Action Records (2)"));
    }
}
