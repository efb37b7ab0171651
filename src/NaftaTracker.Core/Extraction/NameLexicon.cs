namespace NaftaTracker.Extraction;

internal enum Gender { Unknown, Male, Female }

internal sealed record KnownFigure(string Name, string Role, string Party, Gender Gender, string[] Aliases);

/// <summary>Word lists behind person recognition: well-known NAFTA figures, first names with gender, title and role
/// words, and capitalised words that are never part of a person's name.</summary>
internal static class NameLexicon
{
    public static readonly KnownFigure[] Figures =
    [
        new("Donald Trump", "U.S. President", "US", Gender.Male, ["Trump", "Donald J. Trump"]),
        new("Robert Lighthizer", "U.S. Trade Representative", "US", Gender.Male, ["Lighthizer", "Bob Lighthizer"]),
        new("Larry Kudlow", "White House economic adviser", "US", Gender.Male, ["Kudlow"]),
        new("Wilbur Ross", "U.S. Commerce Secretary", "US", Gender.Male, ["Wilbur Ross"]),
        new("Peter Navarro", "White House trade adviser", "US", Gender.Male, ["Navarro"]),
        new("Mike Pence", "U.S. Vice President", "US", Gender.Male, ["Pence"]),
        new("Mike Pompeo", "U.S. Secretary of State", "US", Gender.Male, ["Pompeo"]),
        new("Chrystia Freeland", "Canadian Foreign Affairs Minister", "CA", Gender.Female, ["Freeland"]),
        new("Justin Trudeau", "Canadian Prime Minister", "CA", Gender.Male, ["Trudeau"]),
        new("Bill Morneau", "Canadian Finance Minister", "CA", Gender.Male, ["Morneau"]),
        new("David MacNaughton", "Canadian Ambassador to the U.S.", "CA", Gender.Male, ["MacNaughton"]),
        new("Steve Verheul", "Canada's chief NAFTA negotiator", "CA", Gender.Male, ["Verheul"]),
        new("Jerry Dias", "Unifor president", "CA", Gender.Male, ["Jerry Dias"]),
        new("Ildefonso Guajardo", "Mexican Economy Minister", "MX", Gender.Male, ["Guajardo"]),
        new("Luis Videgaray", "Mexican Foreign Minister", "MX", Gender.Male, ["Videgaray"]),
        new("Enrique Peña Nieto", "Mexican President", "MX", Gender.Male, ["Peña Nieto", "Pena Nieto", "Enrique Pena Nieto"]),
        new("Andrés Manuel López Obrador", "Mexican President-elect", "MX", Gender.Male,
            ["López Obrador", "Lopez Obrador", "Andres Manuel Lopez Obrador", "AMLO"]),
        new("Jesús Seade", "Mexico's incoming chief NAFTA negotiator", "MX", Gender.Male, ["Seade", "Jesus Seade"]),
        new("Kenneth Smith Ramos", "Mexico's chief NAFTA negotiator", "MX", Gender.Male, ["Smith Ramos"]),
        new("Cecilia Malmström", "EU Trade Commissioner", "EU", Gender.Female, ["Malmström", "Malmstrom", "Cecilia Malmstrom"]),
        new("Jean-Claude Juncker", "European Commission President", "EU", Gender.Male, ["Juncker"]),
        // Congress, the cabinet and the parties in Ottawa and Mexico City during the talks
        new("Paul Ryan", "House Speaker", "US", Gender.Male, ["Ryan"]),
        new("Nancy Pelosi", "House Democratic Leader", "US", Gender.Female, ["Pelosi"]),
        new("Mitch McConnell", "Senate Majority Leader", "US", Gender.Male, ["McConnell"]),
        new("Chuck Schumer", "Senate Democratic Leader", "US", Gender.Male, ["Schumer"]),
        new("Kevin Brady", "House Ways and Means Chairman", "US", Gender.Male, ["Brady"]),
        new("Richard Neal", "top Democrat on the House Ways and Means Committee", "US", Gender.Male, ["Neal"]),
        new("Orrin Hatch", "Senate Finance Committee Chairman", "US", Gender.Male, ["Hatch"]),
        new("Chuck Grassley", "U.S. Senator", "US", Gender.Male, ["Grassley"]),
        new("Sonny Perdue", "U.S. Agriculture Secretary", "US", Gender.Male, ["Perdue"]),
        new("Sarah Huckabee Sanders", "White House press secretary", "US", Gender.Female, ["Huckabee Sanders"]),
        new("Thomas Donohue", "U.S. Chamber of Commerce president", "US", Gender.Male, ["Donohue", "Tom Donohue"]),
        new("Richard Trumka", "AFL-CIO president", "US", Gender.Male, ["Trumka"]),
        new("Andrew Scheer", "Conservative Leader", "CA", Gender.Male, ["Scheer"]),
        new("Maxime Bernier", "Conservative MP", "CA", Gender.Male, ["Bernier"]),
        new("Lawrence MacAulay", "Canadian Agriculture Minister", "CA", Gender.Male, ["MacAulay"]),
        new("François-Philippe Champagne", "Canadian International Trade Minister", "CA", Gender.Male, ["Champagne", "Francois-Philippe Champagne"]),
        new("Jim Carr", "Canadian International Trade Minister", "CA", Gender.Male, ["Jim Carr"]),
        new("Doug Ford", "Ontario Premier", "CA", Gender.Male, ["Doug Ford"]),
        new("Brian Mulroney", "former Canadian prime minister", "CA", Gender.Male, ["Mulroney"]),
        new("Gerald Butts", "principal secretary to the prime minister", "CA", Gender.Male, ["Butts"]),
        new("Katie Telford", "chief of staff to the prime minister", "CA", Gender.Female, ["Telford"]),
        new("Flavio Volpe", "Automotive Parts Manufacturers' Association president", "CA", Gender.Male, ["Volpe"]),
        new("Graciela Márquez Colín", "Mexico's incoming Economy Secretary", "MX", Gender.Female, ["Márquez Colín", "Graciela Márquez", "Graciela Marquez Colin"]),
        new("Marcelo Ebrard", "Mexico's incoming Foreign Minister", "MX", Gender.Male, ["Ebrard"]),
        new("Moisés Kalach", "CCE business council trade negotiator", "MX", Gender.Male, ["Kalach", "Moises Kalach"]),
        new("Carlos Aceves del Olmo", "CTM union leader", "MX", Gender.Male, ["Aceves del Olmo", "Aceves"]),
    ];

    public static readonly Dictionary<string, string> TwitterHandles = new(StringComparer.OrdinalIgnoreCase)
    {
        ["realDonaldTrump"] = "Donald Trump", ["POTUS"] = "Donald Trump", ["JustinTrudeau"] = "Justin Trudeau",
        ["cafreeland"] = "Chrystia Freeland", ["USTradeRep"] = "Office of the US Trade Representative",
        ["larry_kudlow"] = "Larry Kudlow", ["lopezobrador_"] = "Andrés Manuel López Obrador", ["EPN"] = "Enrique Peña Nieto",
        ["IGuajardoVi"] = "Ildefonso Guajardo", ["CeciliaMalmstrom"] = "Cecilia Malmström",
    };

    private static readonly string[] MaleNames =
    [
        "Donald", "Robert", "Bob", "Larry", "Lawrence", "Wilbur", "Peter", "Mike", "Michael", "Justin", "Bill", "William",
        "David", "Steve", "Steven", "Stephen", "Jerry", "Ildefonso", "Luis", "Enrique", "Andrés", "Andres", "Manuel", "Jesús",
        "Jesus", "Kenneth", "Jean-Claude", "John", "James", "Joe", "Joseph", "Paul", "Mark", "Thomas", "Tom", "Richard",
        "Chuck", "Charles", "Mitch", "Kevin", "Brian", "Andrew", "Scott", "Dan", "Daniel", "Doug", "Douglas", "Jason",
        "Jim", "Matthew", "Matt", "Chris", "Christopher", "George", "Gary", "Greg", "Jeff", "Jeffrey", "Ron", "Ronald",
        "Carlos", "Juan", "José", "Jose", "Jorge", "Marcelo", "Ernesto", "Francisco", "Miguel", "Alejandro", "Raúl", "Raul",
        "Emmanuel", "Pierre", "François", "Francois", "Dominic", "Gerald", "Brad", "Orrin", "Ben", "Sherrod", "Tim", "Ted",
        "Rob", "Flavio", "Moisés", "Moises", "Juan Carlos", "Perrin", "Brent", "Dennis", "Eric", "Frank", "Henry", "Jack",
        "Jay", "Keith", "Ken", "Lee", "Martin", "Nick", "Nicholas", "Patrick", "Philip", "Phil", "Ralph", "Roger", "Sam",
        "Samuel", "Sean", "Stuart", "Terry", "Tony", "Victor", "Walter", "Warren", "Xavier", "Andrés Manuel", "Rick",
        "Ray", "Dean", "Adam", "Luc", "Marc", "Maxime", "Guy", "Jean", "Louis", "Denis", "André", "Andre", "Alain", "Yves",
        "Antonio", "Eduardo", "Fernando", "Ricardo", "Roberto", "Sergio", "Arturo", "Rodrigo", "Gustavo", "Javier", "Pedro",
        "Rafael", "Alfonso", "Guillermo", "Hugo", "Jaime", "Óscar", "Oscar", "Pablo", "Salvador", "Vicente", "Bosco",
        "Harjit", "Ahmed", "Mohammed", "Omar", "Ali", "Wes", "Carl", "Craig", "Glenn", "Kurt", "Neil", "Randy", "Rodney",
        "Todd", "Troy", "Wayne", "Zach", "Zachary", "Kyle", "Aaron", "Nathan", "Tyler", "Jordan", "Gord", "Gordon",
    ];

    private static readonly string[] FemaleNames =
    [
        "Chrystia", "Cecilia", "Nancy", "Hillary", "Elizabeth", "Mary", "Susan", "Sarah", "Jennifer", "Karen", "Linda",
        "Lisa", "Maria", "María", "Patricia", "Rachel", "Rebecca", "Catherine", "Katherine", "Kathleen", "Anne", "Ann",
        "Angela", "Theresa", "Melania", "Ivanka", "Nikki", "Kelly", "Kellyanne", "Sarah", "Laura", "Julie", "Diane",
        "Dianne", "Margaret", "Michelle", "Monica", "Ana", "Claudia", "Beatriz", "Luisa", "Alicia", "Carla", "Christine",
        "Christina", "Emily", "Emma", "Heather", "Helen", "Jane", "Janet", "Jessica", "Joan", "Judy", "Kate", "Kim",
        "Lynn", "Megan", "Melanie", "Nicole", "Rona", "Rosa", "Ruth", "Sandra", "Sharon", "Sophie", "Stephanie", "Tanya",
        "Tracy", "Valerie", "Victoria", "Wendy", "Ursula", "Amy", "Andrea", "Barbara", "Carolyn", "Deborah", "Debbie",
        "Annie", "Anne-Marie", "Marie", "Mélanie", "Isabelle", "Geneviève", "Genevieve", "Chantal", "Nathalie", "Sylvie",
        "Josée", "Julie", "Katie", "Kathryn", "Kimiko", "Teresa", "Graciela", "Guadalupe", "Gabriela", "Verónica", "Veronica",
        "Daniela", "Fernanda", "Mariana", "Ximena", "Paola", "Lucía", "Lucia", "Elena", "Carmen", "Adriana", "Alejandra",
        "Lindsay", "Lindsey", "Kristen", "Kirsten", "Meredith", "Hillary", "Kathleen", "Ann", "Lauren", "Erin", "Jill",
        "Dianne", "Debbie", "Betsy", "Penny", "Jody", "Carla", "Marta", "Olivia", "Sophia", "Grace", "Hannah", "Caroline",
    ];

    public static readonly Dictionary<string, Gender> FirstNames = BuildFirstNames();

    private static Dictionary<string, Gender> BuildFirstNames()
    {
        var names = new Dictionary<string, Gender>(StringComparer.Ordinal);
        foreach (var n in MaleNames) names[n] = Gender.Male;
        foreach (var n in FemaleNames) names[n] = Gender.Female;
        return names;
    }

    /// <summary>Title words that, capitalised, sit right before a person's name.</summary>
    public static readonly HashSet<string> Titles = new(StringComparer.OrdinalIgnoreCase)
    {
        "President", "Minister", "Secretary", "Representative", "Commissioner", "Ambassador", "Senator", "Sen.", "Rep.",
        "Gov.", "Governor", "Premier", "adviser", "advisor", "negotiator", "spokesman", "spokeswoman", "spokesperson",
        "CEO", "chairman", "chairwoman", "chair", "economist", "analyst", "leader", "director", "Mayor", "Chancellor",
        "Congressman", "Congresswoman", "Speaker", "Leader", "czar", "President-elect", "Chief", "executive", "head",
        "Mr.", "Mrs.", "Ms.", "Dr.", "Lawmaker", "lawmaker", "envoy", "official", "strategist", "founder", "professor",
        "Deputy", "deputy", "Trade", "Commerce", "counterpart", "aide",
    };

    /// <summary>Lower-case words allowed inside a role or speaker description ("White House economic adviser").</summary>
    public static readonly HashSet<string> RoleWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "adviser", "advisor", "minister", "ministry", "secretary", "representative", "president", "prime", "spokesman",
        "spokeswoman", "spokesperson", "official", "officials", "negotiator", "negotiators", "czar", "chief", "economic",
        "trade", "foreign", "affairs", "senior", "deputy", "top", "lead", "chamber", "office", "department", "commissioner",
        "ambassador", "economy", "finance", "commerce", "agriculture", "leader", "chair", "chairman", "chairwoman", "ceo",
        "executive", "director", "head", "union", "association", "council", "government", "premier", "senator", "lawmaker",
        "governor", "mayor", "analyst", "economist", "source", "sources", "aide", "counterpart", "envoy", "delegation",
        "team", "former", "acting", "incoming", "outgoing", "new", "chief", "nafta", "vice", "president-elect", "general",
        "international", "national", "federal", "state", "opposition", "party", "critic", "labour", "labor", "spokespeople",
        "federation", "institute", "commission", "committee", "agency", "bureau", "secretariat", "coalition", "group",
        "ministers", "representatives", "leaders", "people", "person", "staff", "house", "white", "administration",
    };

    /// <summary>Capitalised words that are never (part of) a person's name.</summary>
    public static readonly HashSet<string> NotNames = new(StringComparer.Ordinal)
    {
        "The", "A", "An", "In", "On", "At", "But", "And", "Or", "As", "While", "When", "After", "Before", "If", "It", "He",
        "She", "They", "We", "I", "His", "Her", "Their", "This", "That", "These", "Those", "Yet", "So", "Of", "For", "To",
        "With", "From", "By", "Following", "According", "Hosting", "Speaking", "Asked", "Still", "Meanwhile", "However",
        "House", "White", "Office", "Oval", "North", "South", "American", "America", "Americas", "Free", "Trade",
        "Agreement", "Canada", "Canadian", "Canadians", "Mexico", "Mexican", "Mexicans", "United", "States", "Congress",
        "Parliament", "NAFTA", "USMCA", "CUSMA", "Washington", "Ottawa", "Brussels", "Beijing", "China", "Chinese", "Europe",
        "European", "EU", "U.S.", "US", "USA", "U.S.A.", "UK", "Britain", "Quebec", "Ontario", "Alberta", "Toronto",
        "Montreal", "Detroit", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January",
        "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
        "Minister", "President", "Prime", "Secretary", "Representative", "Commissioner", "Foreign", "Affairs", "Economy",
        "Finance", "Chamber", "Commerce", "Department", "Ministry", "Union", "Council", "Association", "Senate",
        "Republican", "Republicans", "Democrat", "Democrats", "Democratic", "Liberal", "Liberals", "Conservative",
        "Conservatives", "GOP", "Reuters", "Bloomberg", "Associated", "Press", "Financial", "Times", "Forbes", "CNN",
        "Fox", "News", "Twitter", "Facebook", "Global", "Capitol", "Hill", "Potomac", "River", "Alexandria", "Va.",
        "D.C.", "Street", "Wall", "Chapter", "Article", "Section", "Act", "Tariffs", "Tariff", "Steel", "Aluminum",
        "Mr.", "Mrs.", "Ms.", "Dr.", "Sen.", "Rep.", "Gov.", "Economic", "Adviser", "Chief", "Deputy", "Vice",
        "Negotiators", "Officials", "Talks", "Asia", "Pacific", "Japan", "Germany", "Korea", "Supreme", "Court",
        "Federal", "Reserve", "Bank", "Board", "Party", "Pacific", "Atlantic", "Gulf", "Mexico’s", "Canada’s",
    };

    /// <summary>Heads of organisation names: "U.S. Chamber of Commerce", "Mexico's foreign ministry".</summary>
    public static readonly HashSet<string> OrganisationHeads = new(StringComparer.OrdinalIgnoreCase)
    {
        "Office", "Chamber", "Ministry", "Department", "Association", "Council", "Union", "Federation", "Institute",
        "Commission", "Committee", "Agency", "Bureau", "Secretariat", "Coalition", "Foundation", "Board", "Roundtable",
        "Congress", "Parliament", "Senate", "Government", "Administration", "Embassy", "Bank", "Group", "Alliance",
        "Organization", "Organisation", "Society", "Corp.", "Inc.", "Company", "Co.", "Forum", "Center", "Centre",
        "Unifor", "AFL-CIO", "Teamsters", "House", "Canada", "Service", "Representative",
    };
}
