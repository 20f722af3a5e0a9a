/// Given names common in Latin America, Brazil and the US (folded: lower case, no accents). A name written in prose
/// without any cue ("Se comunica Margarita Oyarzun", "Spoke with Jennifer Walsh") is found by its given name and the
/// surname after it; a name typed in lower case after a label ("pcte wilmer jose rondon") by the same list. Given
/// names that are also common words or places ("Rosa", "Luz", "Paz", "Mercedes", "Rosario", "Grace", "Will") are
/// left out: they are found only after a cue, as before.
enum GivenNames {
    static func contains(_ folded: String) -> Bool { all.contains(folded) }

    static let all: Set<String> = spanish.union(portuguese).union(english)

    static let spanish: Set<String> = [
        // Women's names.
        "adriana", "agustina", "alejandra", "alicia", "alma", "amalia", "ana", "andrea", "angela", "angelica",
        "antonia", "araceli", "ariana", "beatriz", "blanca", "brenda", "camila", "carla", "carlota", "carmen",
        "carolina", "catalina", "cecilia", "celia", "claudia", "constanza", "cristina", "daniela", "debora", "delia",
        "diana", "dora", "edith", "elena", "eliana", "elisa", "elizabeth", "elsa", "elvira", "emilia", "estela", "ester",
        "esther", "eugenia", "eva", "fabiola", "fernanda", "francisca", "gabriela", "graciela", "guadalupe",
        "hilda", "ines", "irene", "isabel", "isabella", "ivonne", "jacqueline", "jessica", "jimena", "josefa", "josefina",
        "juana", "julia", "juliana", "karen", "karina", "karla", "laura", "leticia", "liliana", "lorena", "lucia",
        "lucila", "luisa", "magdalena", "maite", "marcela", "margarita", "maria", "mariana", "maribel", "maricela",
        "marisol", "marta", "martha", "mayra", "melissa", "micaela", "mirta", "mirian", "miriam", "monica", "nancy",
        "natalia", "nelly", "nidia", "noemi", "noemia", "eufemia", "norma", "olga", "paola", "patricia", "paula", "paulina", "raquel",
        "rebeca", "regina", "renata", "rocio", "romina", "rosalba", "rosana", "roxana", "ruth", "sandra",
        "sara", "silvia", "sofia", "sonia", "susana", "tamara", "teresa", "valentina", "valeria", "vanesa", "vanessa",
        "veronica", "viviana", "ximena", "yaneth", "yolanda", "zoila", "xiomara", "yesenia", "yessica", "yamile",
        "yaritza", "yelitza", "yusmary", "yuleisy", "yorleny", "yadira", "yajaira", "yuliana", "yuri", "marlene",
        "maritza", "mildred", "nubia", "deisy", "daisy", "dayana", "leidy", "lizeth", "johana", "yenny", "wendy",
        "kenia", "ingrid", "gladys", "haydee", "hortensia", "herminia", "irma", "lidia", "magali",
        "matilde", "nora", "ofelia", "rita", "rosalia", "rosaura", "susy", "tania", "zulema",
        "agripina", "basilia", "benedicta", "candelaria", "casimira", "damiana", "eleuteria", "epifania", "felipa",
        "gumercinda", "justina", "leonor", "marcelina", "nicolasa", "petrona", "rufina", "saturnina", "teodora",
        "ximena", "abigail", "aida", "anahi", "antonella", "berta", "bertha", "elba",
        "emma", "evelyn", "gisela", "griselda", "jazmin", "jenny", "judith", "lilian", "lina", "lucy", "mabel",
        "maira", "mireya", "nadia", "nataly", "nelida", "pamela", "priscila",
        "rosmery", "sabrina", "selena", "sheila", "silvana", "tatiana", "vilma", "zaida", "zunilda",
        // Men's names.
        "abel", "abraham", "adolfo", "adrian", "agustin", "alan", "alberto", "alejandro", "alexander", "alexis",
        "alfonso", "alfredo", "alonso", "alvaro", "anibal", "andres", "angel", "antonio", "ariel", "armando",
        "arnoldo", "arturo", "augusto", "benjamin", "bernardo", "bruno", "carlos", "cesar", "cristian", "cristobal",
        "damian", "daniel", "dario", "david", "diego", "edgar", "eduardo", "efrain", "elias", "eliseo",
        "elmer", "emilio", "enrique", "ernesto", "esteban", "eugenio", "ezequiel", "fabian", "facundo", "federico",
        "felipe", "fernando", "francisco", "gabriel", "gaspar", "gerardo", "german", "gilberto", "gonzalo", "gregorio",
        "guillermo", "gustavo", "hector", "hernan", "hernando", "homero", "horacio", "hugo", "humberto", "ignacio",
        "ismael", "ivan", "jaime", "javier", "joaquin", "jorge", "jose", "josue", "juan", "julian", "julio",
        "leandro", "leonardo", "leonel", "lorenzo", "lucas", "luciano", "luis", "manuel", "marcelo", "marco", "marcos",
        "mario", "martin", "mateo", "matias", "mauricio", "maximiliano", "miguel", "moises", "nestor", "nicolas",
        "octavio", "omar", "orlando", "oscar", "osvaldo", "pablo", "patricio", "pedro", "rafael", "ramiro", "ramon",
        "raul", "renato", "rene", "ricardo", "roberto", "rodolfo", "rodrigo", "rogelio", "rolando", "ruben", 
        "samuel", "saul", "sebastian", "sergio", "simon", "teodoro", "tomas", "ulises", "valentin",
        "vicente", "victor", "wilmer", "wilson", "william", "yorman", "yeison", "jhon", "jhonny", "jairo", "edwin",
        "fredy", "freddy", "harold", "henry", "jefferson", "jonathan", "kevin", "maynor", "mynor", "nelson", "nery",
        "oswaldo", "reinaldo", "reynaldo", "ronald", "rony", "walter", "wilfredo", "wilber", "elvis", "eliecer",
        "anselmo", "aurelio", "baltazar", "benito", "casimiro", "celestino", "cirilo", "crisanto", "eleuterio",
        "epifanio", "eusebio", "fermin", "florentino", "gumersindo", "hilario", "isidro", "justino", "leoncio",
        "macario", "marcelino", "nazario", "nicanor", "pascual", "porfirio", "rufino", "saturnino",
        "silvestre", "teofilo", "timoteo", "valeriano", "zacarias", "abelardo", "ambrosio", "aquiles",
        "bladimir", "vladimir", "braulio", "clemente", "cornelio", "demetrio", "desiderio", "edmundo", "eladio",
        "evaristo", "feliciano", "filiberto", "gildardo", "heriberto", "hipolito", "inocencio", "jacinto", "lisandro",
        "lucio", "nemesio", "norberto", "obdulio", "pantaleon", "plinio", "prudencio", "rigoberto", 
        "serafin", "severino", "tiburcio", "ubaldo", "wenceslao", "emiliano", "thiago", "ian", "joel", "erick", "erik",
        "gael", "hernesto", "ismaelito", "jeronimo", "liam", "lautaro", "mariano", "nahuel",
        "ramses", "rosendo", "ezequias", "everardo", "eleazar", "edilberto", "dagoberto", "cristhian", "brayan", "bryan",
    ]

    static let portuguese: Set<String> = [
        "joao", "joana", "antonio", "francisca", "raimundo", "raimunda", "sebastiao", "luiz", "luiza", "marcia",
        "marcio", "fabio", "fabiana", "rogerio", "sergio", "claudio", "paulo", "paula", "gustavo", "thiago", "tiago",
        "rodrigo", "bruna", "larissa", "leticia", "aline", "amanda", "camila", "juliana", "patricia", "adriana",
        "vanessa", "simone", "sonia", "vera", "lucia", "tereza", "terezinha", "conceicao", "aparecida", "cleide",
        "cleusa", "neide", "sueli", "marlene", "rosangela", "rosana", "edson", "edna", "gilberto", "gilmar", "jair",
        "joaquim", "jorge", "jose", "josefa", "manoel", "marcos", "mauricio", "nilson", "otavio", "reginaldo",
        "renato", "ricardo", "valdir", "vitor", "wagner", "anderson", "cristiano",
        "diego", "eduardo", "everton", "fernanda", "flavia", "gabriela", "helena", "ivone", "jussara", "kelly",
        "lais", "luana", "marilene", "marta", "natalia", "priscila", "regina", "renata", "sandra", "silvana",
        "tatiana", "thais", "valeria", "viviane", "zilda", "benedito", "geraldo", "gervasio", "irineu", "ivo",
        "jaqueline", "lucimar", "luzia", "margarete", "nair", "neusa", "odete", "olivia", "rute", 
    ]

    static let english: Set<String> = [
        "aaron", "adam", "alan", "albert", "alice", "alicia", "allison", "amanda", "amy", "andrea", "andrew", "angela",
        "anna", "anne", "anthony", "arthur", "ashley", "barbara", "benjamin", "betty", "beverly", "brandon", "brenda",
        "brian", "brittany", "bruce", "carl", "carol", "carolyn", "catherine", "charles", "cheryl", "christina",
        "christine", "christopher", "cynthia", "daniel", "david", "deborah", "debra", "denise", "dennis", "diana",
        "diane", "donald", "donna", "dorothy", "douglas", "dylan", "edward", "elizabeth", "emily", "emma", "eric",
        "ethan", "evelyn", "frances", "gary", "george", "gerald", "gregory", "hannah", "harold", "heather",
        "helen", "henry", "jacob", "james", "janet", "janice", "jason", "jean", "jeffrey", "jennifer", "jeremy",
        "jerry", "jessica", "joan", "john", "jonathan", "jordan", "joseph", "joshua", "joyce", "judith", "judy",
        "julie", "justin", "karen", "katherine", "kathleen", "kathryn", "keith", "kelly", "kenneth", "kevin",
        "kimberly", "kyle", "larry", "laura", "lauren", "lawrence", "linda", "lisa", "margaret", "maria",
        "marie", "marilyn", "martha", "mary", "matthew", "megan", "melissa", "michael", "michelle", "nancy", "nathan",
        "nicholas", "nicole", "noah", "olivia", "pamela", "patricia", "patrick", "paul", "peter", "philip", "rachel",
        "ralph", "raymond", "rebecca", "richard", "robert", "roger", "ronald", "roy", "russell", "ryan", "samantha",
        "samuel", "sandra", "sara", "sarah", "scott", "sean", "sharon", "shirley", "sophia", "stephanie", "stephen",
        "steven", "susan", "teresa", "terry", "theresa", "thomas", "timothy", "tyler", "vincent",
        "walter", "wayne", "william", "zachary", "tanya", "priya", "dana", "megan", "kayla", "tiffany",
        "latoya", "keisha", "jamal", "darnell", "tyrone", "deshawn", "aisha", "mohammed", "ahmed", "wei", "mei",
        "hiroshi", "yuki", "raj", "anil", "sunil", "vijay", "connor", "brooke", "courtney", "danielle",
        "erin", "gabriel", "jasmine", "jenna", "jesse", "kristen", "lindsay", "marcus", "mitchell", "natalie",
        "shannon", "travis", "trevor", "vanessa", "whitney", "derek", "eleanor", "harriet", "howard", "irene",
        "louise", "marjorie", "mildred", "norman", "stanley", "bradley", "caroline", "colleen", "francis",
        // Round 9: the short forms a relative is called by in prose ("Jim (son) at bedside", "Spoke with Mike").
        "jim", "jimmy", "mike", "bob", "bobby", "tom", "tommy", "sue", "joe", "dave", "steve", "tony", "nick", "chris", "liz",
        "beth", "kate", "katie", "jenny", "becky", "matt", "rick", "ricky", "ron", "ronnie", "ken", "kenny", "jill", "jack",
        "pete", "greg", "jeff", "kathy", "cathy", "patty", "debbie", "sally", "tina", "vicky", "danny", "andy", "jake", "josh",
        "alex", "sam", "ben", "ellie", "abby", "maggie", "peggy", "betsy", "dottie",
    ]
}
