package app.spindle.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BarcodeTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
            "'5 012394 144777', 5012394144777",
            "'0 7599-25339-1 5', 075992533915",
            "724384960650, 0724384960650",
            "'7 24384 96065 0', 0724384960650",
    })
    void barcodes_written_differently_are_the_same(String a, String b) {
        assertTrue(Barcode.parse(a).orElseThrow().sameAs(Barcode.parse(b).orElseThrow()));
    }

    @ParameterizedTest(name = "\"{0}\" is no barcode")
    @ValueSource(strings = {"APW-2 A Dmm H.P. mastered by rico", "12345", "none", "", "LC 0316"})
    void matrices_and_short_numbers_are_no_barcodes(String text) {
        assertTrue(Barcode.parse(text).isEmpty());
    }

    @org.junit.jupiter.api.Test
    void the_key_is_the_14_digit_gtin() {
        assertEquals("00724384960650", Barcode.parse("724384960650").orElseThrow().key());
    }
}
