package app.spindle.discogs.fake;

import java.util.List;
import java.util.Map;

/** Word lists for realistic but made-up names; no real artist, label or record is named here. */
final class Vocabulary {
    private Vocabulary() {}

    static final String[] FIRST_NAMES = {
        "Marta", "Jonas", "Elena", "Theo", "Ingrid", "Malik", "Ruth", "Oskar", "Nadia", "Felix", "Greta", "Samuel",
        "Lucia", "Viktor", "Amara", "Hugo", "Clara", "Emil", "Yara", "Arlo", "Dolores", "Cyril", "Maeve", "Tobias",
        "Noor", "Rafael", "Edith", "Jasper", "Ines", "Otis", "Leona", "Bruno", "Sadie", "Anton", "Mira", "Desmond",
        "Lotte", "Casimir", "Hattie", "Ezra", "Bettina", "Lionel", "Odile", "Wendell", "Rosa", "Augustin", "Freya",
        "Cornell", "Ilse", "Barnaby"};

    static final String[] LAST_NAMES = {
        "Linden", "Achterberg", "Moreau", "Castellano", "Whitcombe", "Okafor", "Sundqvist", "Halloran", "Brandt",
        "Delacroix", "Featherstone", "Nakamura", "Petrova", "Quinlan", "Rasmussen", "Tillman", "Valdez", "Wexford",
        "Ashdown", "Beaumont", "Corrigan", "Duval", "Eckhart", "Fairbanks", "Galloway", "Hargreaves", "Imbert",
        "Jarrell", "Kowalczyk", "Lindqvist", "Marchetti", "Novak", "Oyelaran", "Pemberton", "Rousseau", "Sorensen",
        "Thornbury", "Umberti", "Vance", "Winslow", "Yarborough", "Zeller", "Okonkwo", "Marlowe", "Everly"};

    static final String[] ADJECTIVES = {
        "Velvet", "Silver", "Hollow", "Electric", "Golden", "Quiet", "Northern", "Crimson", "Paper", "Distant",
        "Broken", "Gentle", "Midnight", "Amber", "Restless", "Static", "Wandering", "Burning", "Frozen", "Sleeping",
        "Secret", "Lonesome", "Cosmic", "Faded", "Copper", "Shallow", "Bright", "Hidden", "Last", "Open", "Blue",
        "Second", "Wild", "Slow", "Endless", "Tender", "Lucky", "Empty", "Painted", "Perfect"};

    static final String[] NOUNS = {
        "Harbour", "Orchard", "Signal", "Lantern", "River", "Engine", "Garden", "Mirror", "Window", "Station",
        "Horizon", "Echo", "Meadow", "Satellite", "Tide", "Compass", "Cathedral", "Canyon", "Island", "Motel",
        "Season", "Ballroom", "Fever", "Highway", "Letter", "Machine", "Ocean", "Parade", "Ribbon", "Shadow",
        "Summer", "Telephone", "Valley", "Winter", "Circle", "Dream", "Fire", "Heart", "Morning", "Rain",
        "Room", "Street", "Lamp", "Weather", "Kingdom", "Wire", "Glass", "Stone", "Thunder", "Velocity"};

    static final String[] TITLE_WORDS = {
        "Love", "Night", "Song", "Blues", "Dance", "Home", "Time", "Moon", "Sun", "Girl", "Boy", "Train",
        "Road", "City", "Sky", "Water", "Smoke", "Gold", "Sugar", "Honey", "Stars", "Ghost", "Radio", "Angel",
        "Devil", "Hour", "Day", "Dawn", "Dusk", "Waltz", "Rhythm", "Groove", "Theme", "Prelude", "Suite",
        "Lullaby", "Serenade", "Anthem", "Hymn", "Rain", "Storm", "Wind", "Fire", "Ice", "Dust", "Bones",
        "Diamond", "Heaven", "Paradise", "Memory"};

    static final String[] CONNECTORS = {"Of", "In", "For", "On", "After", "Under", "Beyond", "Without", "From", "To"};

    static final String[] LABEL_SUFFIXES = {"Records", "Recordings", "Music", "Sound", "Disques", "Schallplatten", "Audio", ""};

    static final String[] COUNTRIES = {
        "US", "US", "US", "UK", "UK", "UK", "Germany", "Germany", "France", "Netherlands", "Italy", "Japan", "Japan",
        "Canada", "Europe", "UK & Europe", "Australia", "Jamaica", "Sweden", "Spain", "Belgium", "Brazil"};

    static final String[] GENRES = {"Rock", "Electronic", "Jazz", "Funk / Soul", "Pop", "Hip Hop", "Reggae", "Folk, World, & Country", "Classical", "Blues"};

    static final Map<String, List<String>> STYLES = Map.of(
            "Rock", List.of("Indie Rock", "Psychedelic Rock", "Post-Punk", "Prog Rock", "Garage Rock", "Shoegaze"),
            "Electronic", List.of("Techno", "House", "Ambient", "Electro", "Downtempo", "Drum n Bass", "Synth-pop"),
            "Jazz", List.of("Hard Bop", "Modal", "Free Jazz", "Soul-Jazz", "Cool Jazz", "Fusion"),
            "Funk / Soul", List.of("Funk", "Soul", "Disco", "Northern Soul", "Rhythm & Blues"),
            "Pop", List.of("Ballad", "Europop", "Chanson", "Vocal", "Indie Pop"),
            "Hip Hop", List.of("Boom Bap", "Conscious", "Instrumental", "Trip Hop"),
            "Reggae", List.of("Roots Reggae", "Dub", "Rocksteady", "Dancehall", "Ska"),
            "Folk, World, & Country", List.of("Folk", "Country", "Bluegrass", "Celtic", "Afrobeat"),
            "Classical", List.of("Baroque", "Romantic", "Contemporary", "Modern", "Opera"),
            "Blues", List.of("Delta Blues", "Chicago Blues", "Electric Blues", "Country Blues"));

    static final String[] JOINS = {"&", "&", "feat.", "And", "Vs.", "With"};

    static final String[] PLANTS = {"MPO", "PR", "GZ", "STERLING", "RTI", "PALLAS", "OPTIMAL", "TOWNHOUSE", "CBS", "EMI"};

    static final String[] CONDITIONS = {
        "Mint (M)", "Near Mint (NM or M-)", "Very Good Plus (VG+)", "Very Good (VG)", "Good Plus (G+)", "Good (G)",
        "Fair (F)", "Poor (P)"};

    static final String[] SLEEVE_CONDITIONS = {
        "Generic", "No Cover", "Mint (M)", "Near Mint (NM or M-)", "Very Good Plus (VG+)", "Very Good (VG)",
        "Good Plus (G+)", "Good (G)", "Fair (F)", "Poor (P)"};

    static final String[] FOLDER_NAMES = {
        "7s", "12s", "LPs", "CDs", "Box Sets", "Listening Pile", "To Sell", "Jazz", "Soundtracks", "Singles",
        "Reggae", "Favourites", "Shelf B", "Shelf C", "Basement", "Gifts"};

    static final String[] COLLECTOR_NOTES = {
        "Bought at the Saturday market.", "Small seam split.", "Plays through without skips.", "Signed on the sleeve.",
        "Light surface noise on side B.", "Original inner sleeve.", "Hype sticker on shrink.", "Gift from Anna."};
}
