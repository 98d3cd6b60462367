package app.spindle.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spindle.match.CatalogNumber.Agreement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CatalogNumberTest {

    @ParameterizedTest(name = "{0} is the key ABC12345")
    @ValueSource(strings = {"ABC-123-45", "ABC 12345", "abc12345", "ABC-123 45", " abc.123/45 ", "ＡＢＣ１２３４５"})
    void spellings_of_one_catalog_number_share_a_key(String spelling) {
        assertEquals("ABC12345", CatalogNumber.parse(spelling).orElseThrow().key());
    }

    @ParameterizedTest(name = "{0} vs {1}: {2}")
    @CsvSource({
            "ABC-123-45, ABC 12345, EXACT",
            "PB 41447, PB41447, EXACT",
            "WARP 012, WARP12, LEADING_ZEROS",
            "WARP 0012, warp-12, LEADING_ZEROS",
            "WAP105CD, WAP 105, FORMAT_SUFFIX",
            "WAP105, WAP106, NONE",
            "CD13-04, CD13-05, NONE",
            "EGBS 2, EGBS 20, NONE",
            "K066, K66, LEADING_ZEROS",
    })
    void catalog_numbers_are_compared_by_key(String a, String b, Agreement expected) {
        CatalogNumber left = CatalogNumber.parse(a).orElseThrow();
        CatalogNumber right = CatalogNumber.parse(b).orElseThrow();
        assertEquals(expected, left.compare(right));
        assertEquals(expected, right.compare(left));
    }

    @ParameterizedTest(name = "\"{0}\" means no catalog number")
    @ValueSource(strings = {"none", "NONE", "None", "n/a", "-", "", "  ", "Not On Label"})
    void none_means_none(String text) {
        assertTrue(CatalogNumber.parse(text).isEmpty());
    }

    @Test
    void the_loose_key_drops_leading_zeros_of_every_number() {
        assertEquals("WARP12", CatalogNumber.parse("WARP 012").orElseThrow().looseKey());
        assertEquals("LP7", CatalogNumber.parse("LP 007").orElseThrow().looseKey());
        // separators are gone before zeros are looked at: "01 05" is one number, 0105
        assertEquals("ABC105", CatalogNumber.parse("ABC 01 05").orElseThrow().looseKey());
        assertEquals("X10", CatalogNumber.parse("X10").orElseThrow().looseKey());
        assertTrue(CatalogNumber.parse(null).isEmpty());
    }
}
