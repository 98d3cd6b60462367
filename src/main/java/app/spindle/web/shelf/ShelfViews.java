package app.spindle.web.shelf;

import app.spindle.mirror.query.Facet;
import app.spindle.mirror.query.FacetCount;
import app.spindle.mirror.query.FacetCounts;
import app.spindle.mirror.query.LruMap;
import app.spindle.mirror.query.PriceOption;
import app.spindle.mirror.query.MainArtists;
import app.spindle.mirror.query.ReleaseDetails;
import app.spindle.mirror.query.Shelf;
import app.spindle.mirror.query.ShelfFacets;
import app.spindle.mirror.query.ShelfFilter;
import app.spindle.mirror.query.ShelfItem;
import app.spindle.mirror.query.ShelfReader;
import app.spindle.mirror.query.ShelfSort;
import app.spindle.mirror.query.SpellingSuggestions;
import app.spindle.web.Counted;
import app.spindle.web.DidYouMean;
import app.spindle.web.ErrorPages;
import app.spindle.web.Moment;
import app.spindle.web.Paths;
import app.spindle.web.prices.CardPrice;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import app.spindle.web.entities.NameLink;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns a {@link ShelfRequest} into the {@link ShelfView} the templates print, asking the mirror for
 * one page of entries, the count and the facet counts. Facets over a large shelf that were never counted
 * are left to a second request, so the entries never wait for them.
 */
public final class ShelfViews {
    /**
     * On a shelf of fewer entries, counting facets takes a few milliseconds: no need to defer it. On a
     * larger one the entries never wait for the counts, even when the filter keeps few: finding those few
     * can take as long as the page itself, and the counts would run that search a second time.
     */
    static final long COUNT_AT_ONCE_BELOW = 5_000;
    private static final int SHOWN_VALUES = 8;

    private static final Map<Facet, String> TITLES = Map.ofEntries(
            Map.entry(Facet.FOLDER, "Folder"), Map.entry(Facet.FORMAT, "Format"), Map.entry(Facet.SIZE, "Size"),
            Map.entry(Facet.GENRE, "Genre"), Map.entry(Facet.STYLE, "Style"), Map.entry(Facet.DECADE, "Decade"),
            Map.entry(Facet.YEAR, "Year"), Map.entry(Facet.LABEL, "Label"), Map.entry(Facet.COUNTRY, "Country"),
            Map.entry(Facet.RATING, "Rating"), Map.entry(Facet.CONDITION, "Media condition"),
            Map.entry(Facet.PRICE, "Price"));
    private static final List<ShelfSort.Key> SORT_KEYS = List.of(ShelfSort.Key.ADDED, ShelfSort.Key.ARTIST,
            ShelfSort.Key.TITLE, ShelfSort.Key.YEAR, ShelfSort.Key.LABEL, ShelfSort.Key.RATING);
    /** Offered one way only: read backwards, the wants without a price would come first. */
    private static final List<ShelfSort> PRICE_SORTS = List.of(new ShelfSort(ShelfSort.Key.PRICE, false),
            new ShelfSort(ShelfSort.Key.DROP, false));

    private record PanelKey(ShelfRequest request, String path) {
    }

    /** A facet panel as built from one list of counts: rebuilt only when the counts are new. */
    private record BuiltPanel(List<FacetCounts> counts, ShelfView.FacetPanel panel) {
    }

    /**
     * A page's cards as built from one page of entries. The reader hands back the same list while the mirror is
     * unchanged, so the cards (and their artists' query) are built again only for new entries, or after a minute:
     * a want's price tells its age in words.
     */
    private record BuiltCards(List<ShelfItem> entries, Instant at, List<ItemView> cards) {
    }

    private record CardsKey(ShelfRequest request, String basePath) {
    }

    private static final Duration CARDS_KEPT = Duration.ofMinutes(1);

    private final Map<CardsKey, BuiltCards> cards = new LruMap<>(256);
    private final ShelfReader reader;
    private final ShelfFacets facets;
    private final MainArtists artists;
    private final Map<PanelKey, BuiltPanel> panels = new LruMap<>(256);
    private final Clock clock;
    private final SpellingSuggestions spelling;

    /** @param clock the now that a price's age is told against */
    public ShelfViews(ShelfReader reader, ShelfFacets facets, Clock clock, MainArtists artists,
                      SpellingSuggestions spelling) {
        this.artists = artists;
        this.spelling = spelling;
        this.reader = reader;
        this.facets = facets;
        this.clock = clock;
    }

    public boolean isEmpty(Shelf shelf) {
        return reader.isEmpty(shelf);
    }

    /**
     * @param basePath the reverse-proxy prefix; links are built under it
     * @param path     the shelf's page, e.g. {@link Paths#COLLECTION}
     */
    public ShelfView view(ShelfRequest request, String basePath, String path, String facetsPath) {
        ShelfLinks links = new ShelfLinks(basePath + path);
        long total = reader.count(request.shelf(), request.filter());
        int pages = (int) Math.max(1, (total + ShelfParams.PAGE_SIZE - 1) / ShelfParams.PAGE_SIZE);
        if (request.page() > pages) {
            throw new ErrorPages.NotFound("Page " + request.page() + " is past the end: there "
                    + (pages == 1 ? "is 1 page" : "are " + pages + " pages") + " here.");
        }
        List<ShelfItem> items = reader.page(request.shelf(), request.filter(), request.sort(),
                (request.page() - 1) * ShelfParams.PAGE_SIZE, ShelfParams.PAGE_SIZE);
        boolean smallShelf = reader.count(request.shelf(), ShelfFilter.NONE) < COUNT_AT_ONCE_BELOW;
        ShelfView.FacetPanel panel = smallShelf || facets.known(request.shelf(), request.filter()).isPresent()
                ? facetPanel(request, links)
                : new ShelfView.FacetPanel(List.of(), basePath + facetsPath + ShelfLinks.query(request, false));
        return new ShelfView(request.shelf(), basePath + path, request.filter().text(), hidden(request), sorts(request),
                request.display() == ShelfRequest.Display.LIST,
                links.switchingTo(request, ShelfRequest.Display.GRID),
                links.switchingTo(request, ShelfRequest.Display.LIST),
                active(request, links), request.filter().isEmpty() ? null : links.to(request.withFilter(
                        ShelfFilter.NONE)),
                panel, cards(request, basePath, items), total,
                Counted.of(total, "record", "records"), pager(request, pages, links),
                request.shelf() == Shelf.COLLECTION ? "your collection" : "your wantlist",
                ShelfView.Playlists.of(basePath, request.shelf(), ShelfLinks.query(request.withPage(1), false)),
                request.shelf() == Shelf.COLLECTION ? basePath + Paths.FOLDERS : null,
                total == 0 ? didYouMean(request, links) : null);
    }

    /** A spelling of the words typed that finds something on this shelf under the same filters, as a link. */
    private DidYouMean didYouMean(ShelfRequest request, ShelfLinks links) {
        if (!request.filter().hasText()) {
            return null;
        }
        return spelling.correction(request.filter().text())
                .map(request.filter()::withText)
                .filter(corrected -> reader.count(request.shelf(), corrected) > 0)
                .map(corrected -> new DidYouMean(corrected.text(), links.to(request.withFilter(corrected))))
                .orElse(null);
    }

    /** The facet panel alone, for the deferred request. */
    public ShelfView.FacetPanel facetPanel(ShelfRequest request, String basePath, String path) {
        return facetPanel(request, new ShelfLinks(basePath + path));
    }

    private ShelfView.FacetPanel facetPanel(ShelfRequest request, ShelfLinks links) {
        List<FacetCounts> counts = facets.counts(request.shelf(), request.filter());
        PanelKey key = new PanelKey(request.withPage(1), links.path());
        synchronized (panels) {
            BuiltPanel built = panels.get(key);
            if (built != null && built.counts() == counts) {
                return built.panel();
            }
        }
        ShelfView.FacetPanel panel = facetPanel(request, links, counts);
        synchronized (panels) {
            panels.put(key, new BuiltPanel(counts, panel));
        }
        return panel;
    }

    private ShelfView.FacetPanel facetPanel(ShelfRequest request, ShelfLinks links, List<FacetCounts> all) {
        List<ShelfView.FacetGroup> groups = new ArrayList<>();
        for (FacetCounts counts : all) {
            if (counts.values().isEmpty()) {
                continue;
            }
            Facet facet = counts.facet();
            List<ShelfView.FacetOption> options = new ArrayList<>();
            for (FacetCount value : counts.values()) {
                options.add(new ShelfView.FacetOption(valueLabel(facet, value.value(), value.label()),
                        Counted.grouped(value.count()),
                        links.to(request.withFilter(request.filter().with(facet, value.value())))));
            }
            int shown = options.size() > SHOWN_VALUES + 2 ? SHOWN_VALUES : options.size();
            groups.add(new ShelfView.FacetGroup(TITLES.get(facet), facet.param(), options.subList(0, shown),
                    options.subList(shown, options.size())));
        }
        return new ShelfView.FacetPanel(groups, null);
    }

    private List<ShelfView.Hidden> hidden(ShelfRequest request) {
        return request.filter().values().entrySet().stream()
                .map(e -> new ShelfView.Hidden(e.getKey().param(), e.getValue())).toList();
    }

    private List<ShelfView.SortOption> sorts(ShelfRequest request) {
        List<ShelfView.SortOption> options = new ArrayList<>();
        if (request.filter().hasText()) {
            options.add(sortOption(ShelfSort.BEST_MATCH, request));
        }
        for (ShelfSort.Key key : SORT_KEYS) {
            for (boolean descending : new boolean[] {false, true}) {
                options.add(sortOption(new ShelfSort(key, descending), request));
            }
        }
        for (ShelfSort sort : PRICE_SORTS) {
            if (sort.key().appliesTo(request.shelf())) {
                options.add(sortOption(sort, request));
            }
        }
        return options;
    }

    /**
     * The default order's option sends no value, so the search form, which sends the menu along with the words, asks
     * for the default of what it sends: typing words into a shelf in its default order ranks the best matches first.
     */
    private static ShelfView.SortOption sortOption(ShelfSort sort, ShelfRequest request) {
        boolean isDefault = sort.equals(ShelfSort.defaultFor(request.filter()));
        return new ShelfView.SortOption(isDefault ? "" : ShelfParams.sortParam(sort), sortLabel(sort), sort.equals(request.sort()));
    }

    private static String sortLabel(ShelfSort sort) {
        boolean d = sort.descending();
        return switch (sort.key()) {
            case ADDED -> d ? "Newest added" : "Oldest added";
            case ARTIST -> d ? "Artist Z–A" : "Artist A–Z";
            case TITLE -> d ? "Title Z–A" : "Title A–Z";
            case YEAR -> d ? "Year, newest" : "Year, oldest";
            case LABEL -> d ? "Label & cat# Z–A" : "Label & cat# A–Z";
            case RATING -> d ? "Rating, best" : "Rating, lowest";
            case PRICE -> d ? "Dearest first" : "Cheapest first";
            case DROP -> d ? "Rose most since last week" : "Dropped most since last week";
            case RELEVANCE -> "Best match";
        };
    }

    private List<ShelfView.ActiveFilter> active(ShelfRequest request, ShelfLinks links) {
        List<ShelfView.ActiveFilter> active = new ArrayList<>();
        if (request.filter().hasText()) {
            active.add(new ShelfView.ActiveFilter("“" + request.filter().text() + "”",
                    links.to(request.withFilter(request.filter().withText("")))));
        }
        request.filter().values().forEach((facet, value) -> {
            String name = reader.nameOf(facet, value).orElse(value);
            active.add(new ShelfView.ActiveFilter(TITLES.get(facet) + ": " + valueLabel(facet, value, name),
                    links.to(request.withFilter(request.filter().without(facet)))));
        });
        return active;
    }

    static String valueLabel(Facet facet, String value, String label) {
        return switch (facet) {
            case RATING -> value.equals("0") ? "Not rated" : ItemText.stars(Integer.parseInt(value));
            case DECADE -> value + "s";
            case PRICE -> PriceOption.fromValue(value).map(PriceOption::label).orElse(value);
            default -> label == null || label.isBlank() ? value : label;
        };
    }

    private ShelfView.Pager pager(ShelfRequest request, int pages, ShelfLinks links) {
        int page = request.page();
        List<ShelfView.PageLink> numbers = new ArrayList<>();
        int last = 0;
        for (int n = 1; n <= pages; n++) {
            if (n == 1 || n == pages || Math.abs(n - page) <= 2) {
                if (last > 0 && n > last + 1) {
                    numbers.add(new ShelfView.PageLink("…", null, false));
                }
                numbers.add(new ShelfView.PageLink(Integer.toString(n), links.to(request.withPage(n)), n == page));
                last = n;
            }
        }
        return new ShelfView.Pager(page, pages, page > 1 ? links.to(request.withPage(page - 1)) : null,
                page < pages ? links.to(request.withPage(page + 1)) : null, numbers);
    }

    private List<ItemView> cards(ShelfRequest request, String basePath, List<ShelfItem> entries) {
        CardsKey key = new CardsKey(request, basePath);
        Instant now = clock.instant();
        synchronized (cards) {
            BuiltCards built = cards.get(key);
            if (built != null && built.entries() == entries && now.isBefore(built.at().plus(CARDS_KEPT))) {
                return built.cards();
            }
        }
        List<ItemView> views = items(entries, request.shelf(), basePath);
        synchronized (cards) {
            cards.put(key, new BuiltCards(entries, now, views));
        }
        return views;
    }

    /** One entry as the grid or list shows it, e.g. after Undo put it back. */
    public java.util.Optional<ItemView> item(Shelf shelf, long key, String basePath) {
        return reader.item(shelf, key).map(item -> items(List.of(item), shelf, basePath).get(0));
    }

    private List<ItemView> items(List<ShelfItem> items, Shelf shelf, String basePath) {
        Map<Long, List<ReleaseDetails.Credit>> credits = artists.of(items.stream().map(ShelfItem::releaseId).toList());
        return items.stream().map(item -> item(item, shelf, basePath,
                NameLink.sleeveArtists(credits.getOrDefault(item.releaseId(), List.of()), basePath))).toList();
    }

    private ItemView item(ShelfItem item, Shelf shelf, String basePath, List<NameLink> artistLinks) {
        ShelfItem.LabelLine label = item.labels().isEmpty() ? null : item.labels().get(0);
        String cover = coverUrl(item.coverFile(), basePath);
        return new ItemView(item.key(), item.releaseId(), (shelf == Shelf.COLLECTION ? "copy-" : "want-") + item.key(),
                item.artist(), item.title(), item.year() == null ? "" : item.year().toString(),
                label == null ? "" : label.name(), label == null ? "" : label.catno(), ItemText.format(item.formats()),
                item.country() == null ? "" : item.country(), cover, ItemText.initials(item.artist(), item.title()),
                item.rating(), ItemText.stars(item.rating()), Moment.day(item.addedAt()), item.folderName(),
                item.mediaCondition(), item.sleeveCondition(), item.notes(),
                basePath + Paths.withId(Paths.RELEASE, item.releaseId()),
                shelf == Shelf.WANTLIST ? basePath + Paths.withId(Paths.WANTLIST_REMOVE, item.releaseId()) : null,
                basePath + (shelf == Shelf.WANTLIST ? Paths.withId(Paths.WANTLIST_EDIT, item.releaseId())
                        : Paths.withId(Paths.COLLECTION_COPY_EDIT, item.key())),
                CardPrice.of(item.price(), clock.instant()),
                artistLinks);
    }

    /** The app's own URL for a downloaded cover ("images/249504.jpg" → "/images/249504.jpg"); never Discogs's. */
    public static String coverUrl(String localFile, String basePath) {
        if (localFile == null || !localFile.startsWith("images/") || localFile.indexOf('/', 7) >= 0) {
            return null;
        }
        return basePath + Paths.imageUrl(localFile);
    }
}
