/// Surnames common in Latin America and Brazil (folded). A capitalised word that no vocabulary knows, written in the
/// middle of a sentence before one of them, is a given name the list of `GivenNames` lacks ("firmado por Yariela
/// Castillo", "se comunica Yuleisi Rodríguez"). Surnames that are also common words or places ("Cruz", "Paz", "Rosa",
/// "León", "Santos" alone) are left out.
enum CommonSurnames {
    static func contains(_ folded: String) -> Bool { all.contains(folded) }

    static let all: Set<String> = [
        "garcia", "rodriguez", "martinez", "hernandez", "lopez", "gonzalez", "perez", "sanchez", "ramirez", "torres",
        "rivera", "gomez", "diaz", "reyes", "morales", "ortiz", "gutierrez", "chavez", "castillo",
        "vargas", "romero", "herrera", "medina", "aguilar", "mendoza", "moreno", "jimenez", "ruiz", "alvarez", "castro",
        "vasquez", "vazquez", "rojas", "silva", "fernandez", "gimenez", "acosta", "benitez", "dominguez", "suarez",
        "sosa", "molina", "ortega", "delgado", "nunez", "cabrera", "fuentes", "carrillo",
        "guerrero", "espinoza", "espinosa", "salazar", "contreras", "figueroa", "sandoval", "ibarra", "cardenas",
        "valencia", "navarro", "cortes", "soto", "munoz", "guzman", "marquez", "escobar", "miranda",
        "avila", "lara", "ponce", "pacheco", "cervantes", "valdez", "valdes", "montoya", "arias", "velasquez", "velazquez",
        "palacios", "cisneros", "trujillo", "zamora", "villalobos", "quintero", "osorio", "restrepo", "ospina", "cardona",
        "giraldo", "zapata", "arango", "henao", "bedoya", "quiroga", "pizarro", "araya", "munoz", "tapia", 
        "carrasco", "sepulveda", "fuenzalida", "saavedra", "valenzuela", "alarcon", "oyarzun", "henriquez", "aravena",
        "quispe", "mamani", "condori", "huaman", "choque", "apaza", "ccori", "ticona", "huanca", "yupanqui",
        "chambi", "cusi", "coaquira", "paredes", "bustamante", "villanueva", "salinas", "zuniga",
        "cordero", "ochoa", "pineda", "maldonado", "estrada", "bautista", "rosales", "velez", "mejia",
        "andrade", "cevallos", "zambrano", "moncayo", "villacis", "jaramillo", "rincon", "urdaneta", "briceno",
        "colmenares", "zerpa", "rondon", "rangel", "bracho", "chirinos", "ojeda", "gaona",
        "duarte", "cardozo", "ayala", "ortellado", "benegas", "galeano", "britez", "insfran", "villalba", "aquino",
        "oliveira", "souza", "sousa", "ferreira", "pereira", "almeida", "carvalho", "ribeiro", "rodrigues",
        "alves", "gomes", "martins", "araujo", "barbosa", "cardoso", "nascimento", "teixeira", "moura",
        "mendes", "cavalcanti", "machado", "monteiro", "freitas", "correia", "vieira", "nogueira", "pires",
        "tzul", "xocop", "cux", "ajanel", "cumes", "tzoc", "chuc", "pech", "canul", "dzib", "euan", 
        "matos", "almonte", "batista", "tavarez", "polanco", "peralta", 
        "irizarry", "quinones", "figueroa", "pagan", "negron", "velazquez", "maldonado",
        "ubeda", "gutierres", "arguello", "zeledon", "solorzano", "mairena", "obando", "montiel", "castellon",
        "quesada", "vindas", "chinchilla", "solano", "araya", "jimenes", "barquero", "alfaro",
        "lemus", "portillo", "argueta", "aguirre", "orellana", "escalante", "batres", "avendano", "alvarado",
        "trejo", "olvera", "huerta", "topete", "beltran", "castaneda", "ledesma", "bustos", "villegas",
    ]
}
