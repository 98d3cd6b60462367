package app.spindle.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spindle.testing.TestHttp;
import io.javalin.Javalin;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The one reader of shared request parameters, on a bare Javalin that answers what it read. */
class ParamsTest {
    private static Javalin app;
    private static TestHttp http;

    @BeforeAll
    static void start() {
        app = Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.routes.get("/page", ctx -> ctx.result(Integer.toString(Params.page(ctx))));
            cfg.routes.get("/short/page", ctx -> ctx.result(Integer.toString(Params.page(ctx, 7))));
            cfg.routes.get("/things/{id}", ctx -> ctx.result(Long.toString(Params.pathId(ctx, "id"))));
            cfg.routes.get("/rating", ctx -> ctx.result(Integer.toString(Params.rating(ctx.queryParam("r")))));
            cfg.routes.get("/folder", ctx -> ctx.result(Long.toString(Params.folder(ctx.queryParam("f"), 1))));
            cfg.routes.get("/id", ctx -> ctx.result(Long.toString(Params.id(ctx.queryParam("i"), "Say which."))));
            cfg.routes.get("/order", ctx -> ctx.result(Params.word(ctx.queryParam("o"), SortOrder.values(), SortOrder.ASC,
                    "The order is asc or desc.").name()));
            cfg.routes.get("/flag", ctx -> ctx.result(Boolean.toString(Params.flag(ctx, "missing"))));
            cfg.routes.exception(BadRequest.class, (e, ctx) -> ctx.status(400).result(e.getMessage()));
        }).start("127.0.0.1", 0);
        http = new TestHttp(app.port());
    }

    @AfterAll
    static void stop() {
        app.stop();
    }

    @Test
    void a_missing_page_is_the_first_and_a_given_one_is_read() {
        assertAnswer(200, "1", "/page");
        assertAnswer(200, "1", "/page?page=");
        assertAnswer(200, "12", "/page?page=12");
        assertAnswer(200, "100000", "/page?page=100000");
    }

    @Test
    void every_list_refuses_the_same_bad_pages_with_one_sentence() {
        for (String bad : new String[] {"0", "-3", "abc", "%2B2", "1.5", "100001", "99999999999999999999"}) {
            HttpResponse<String> r = http.get("/page?page=" + bad);
            assertEquals(400, r.statusCode(), bad);
            assertTrue(r.body().startsWith("The page must be a whole number from 1 to 100000"), r.body());
        }
    }

    @Test
    void a_list_of_known_length_names_its_last_page() {
        assertAnswer(200, "7", "/short/page?page=7");
        assertAnswer(400, "The page must be a whole number from 1 to 7, not \"8\".", "/short/page?page=8");
    }

    @Test
    void an_id_in_the_path_is_digits_only_and_positive() {
        assertAnswer(200, "249504", "/things/249504");
        for (String bad : new String[] {"0", "-1", "+1", "01x", "1234567890123456789"}) {
            HttpResponse<String> r = http.get("/things/" + bad);
            assertEquals(400, r.statusCode(), bad);
            assertTrue(r.body().contains("is not a Discogs id"), r.body());
        }
    }

    @Test
    void a_rating_goes_from_0_to_5_and_none_is_unrated() {
        assertAnswer(200, "0", "/rating");
        assertAnswer(200, "5", "/rating?r=5");
        assertAnswer(400, "A rating goes from 0 (unrated) to 5, not \"6\".", "/rating?r=6");
        assertAnswer(400, "A rating goes from 0 (unrated) to 5, not \"x\".", "/rating?r=x");
    }

    @Test
    void a_folder_to_add_to_is_never_all_and_defaults_when_absent() {
        assertAnswer(200, "1", "/folder");
        assertAnswer(200, "42", "/folder?f=42");
        assertAnswer(400, "Choose a folder to add to (not All).", "/folder?f=0");
        assertAnswer(400, "The folder must be a folder id.", "/folder?f=jazz");
    }

    @Test
    void a_form_id_that_is_not_a_positive_number_gets_the_callers_sentence() {
        assertAnswer(200, "17", "/id?i=17");
        assertAnswer(400, "Say which.", "/id");
        assertAnswer(400, "Say which.", "/id?i=0");
        assertAnswer(400, "Say which.", "/id?i=seventeen");
    }

    @Test
    void a_word_is_read_into_its_enum_whatever_its_case_and_any_other_word_is_refused() {
        assertAnswer(200, "ASC", "/order");
        assertAnswer(200, "ASC", "/order?o=");
        assertAnswer(200, "DESC", "/order?o=desc");
        assertAnswer(200, "DESC", "/order?o=%20DESC%20");
        assertAnswer(400, "The order is asc or desc.", "/order?o=descending");
        assertAnswer(400, "The order is asc or desc.", "/order?o=1");
    }

    @Test
    void a_switch_is_1_or_0_a_checkbox_on_and_absent_is_off() {
        assertAnswer(200, "false", "/flag");
        assertAnswer(200, "false", "/flag?missing=0");
        assertAnswer(200, "true", "/flag?missing=1");
        assertAnswer(200, "true", "/flag?missing=on");
        assertAnswer(200, "false", "/flag?missing=false");
        assertAnswer(400, "The missing switch is 1 or 0, not \"yes\".", "/flag?missing=yes");
    }

    private static void assertAnswer(int status, String body, String path) {
        HttpResponse<String> r = http.get(path);
        assertEquals(status, r.statusCode(), path + ": " + r.body());
        assertEquals(body, r.body(), path);
    }
}
