package app.spindle.mirror;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The words a search is cut into are the words of the index: SQLite's tokenizer, not Java's idea of a letter, decides. */
class SearchWordsTest {
    @Test
    void every_character_a_search_keeps_in_a_word_the_index_keeps_in_one_word_too() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:")) {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE VIRTUAL TABLE words USING fts5 (text, tokenize = 'unicode61 remove_diacritics 2', detail = column)");
            }
            c.setAutoCommit(false);
            int kept = 0;
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO words (rowid, text) VALUES (?, ?)")) {
                for (int cp = 0x80; cp <= Character.MAX_CODE_POINT; cp++) {
                    String word = "q" + Character.toString(cp) + "z";
                    assertEquals(SearchKeys.WORD.matcher(word).matches(), SearchKeys.isWordPart(cp), Integer.toHexString(cp));
                    if (SearchKeys.isWordPart(cp)) {
                        insert.setInt(1, cp);
                        insert.setString(2, word);
                        insert.addBatch();
                        kept++;
                    }
                }
                insert.executeBatch();
            }
            c.commit();
            List<String> split = new ArrayList<>();
            try (Statement s = c.createStatement();
                    ResultSet rows = s.executeQuery("SELECT rowid FROM words WHERE words MATCH 'q OR z'")) {
                while (rows.next()) {
                    split.add(Integer.toHexString(rows.getInt(1)));
                }
            }
            assertEquals(List.of(), split, "characters the tokenizer splits a word at, of " + kept + " a search keeps");
        }
    }

    @Test
    void a_word_is_cut_where_the_index_cuts_it() {
        assertEquals(List.of("Lue", "q", "z"), SearchKeys.WORD.matcher("Lue q\u19B0z").results().map(m -> m.group()).toList(),
                "a New Tai Lue vowel sign, a letter to Java, is where SQLite's tokenizer ends a word");
    }
}
