/// Generic drug names in Spanish and English (accent-folded, lowercase), including common multiword names.
/// Unknown drugs are still found by the dose pattern in `MedicationExtractor`.
enum DrugLexicon {
    /// Each entry as folded words, longest first so that "insulina glargina" wins over "insulina".
    static let entries: [[String]] = {
        let all = names.map { $0.split(separator: " ").map(String.init) }
        return all.sorted { $0.count > $1.count }
    }()

    /// First word → entries starting with it.
    static let byFirstWord: [String: [[String]]] = Dictionary(grouping: entries, by: { $0[0] })

    /// Spelling key of a first word → entries: "amlodipina"/"anlodipino"/"amlodipine", "losartana", "ondansetrona",
    /// "sinvastatina", "fenofibrate" and "ipratropium" find the entry written in another language or regional spelling.
    static let byFirstWordSpelling: [String: [[String]]] = Dictionary(grouping: entries.filter { $0[0].count >= minimumSpellingLength },
                                                                       by: { spellingKey($0[0]) })

    /// Shorter words are left to exact matching: "sf", "asa", "zinc", "litio" must not meet look-alikes.
    static let minimumSpellingLength = 6

    /// One key for the Spanish, Portuguese and English spellings of an INN: "ph"→"f", "th"→"t", "y"→"i", "nv"→"mv"
    /// (sinvastatina), "nl"→"ml" (anlodipino), and the endings -a/-o/-e/-um dropped (-ina/-ino/-ine, -ana/-an, -ato/-ate).
    static func spellingKey(_ folded: String) -> String {
        var s = ""
        var previous: Character = " "
        for c in folded {
            switch (previous, c) {
            case ("p", "h"): s.removeLast(); s.append("f")
            case ("t", "h"): break
            case ("n", "v"): s.removeLast(); s.append("m"); s.append("v")
            case ("n", "l"): s.removeLast(); s.append("m"); s.append("l")
            case (_, "y"): s.append("i")
            default: s.append(c)
            }
            previous = c
        }
        if s.hasSuffix("ium") { s.removeLast(2) } else if s.hasSuffix("um") { s.removeLast(2) }
        while let last = s.last, "aeo".contains(last), s.count > 4 { s.removeLast() }
        return s
    }

    /// Partners that are only given with the drug before them: "ampicilina sulbactam", "imipenem cilastatina".
    static let partnersNeverAlone: Set<String> = ["sulbactam", "tazobactam", "avibactam", "cilastatina", "cilastatin", "relebactam", "vaborbactam", "clavulanato", "clavulanate", "clavulanico"]

    /// First words of intravenous fluids, whose strength ("0,9%") is part of the name.
    static let fluids: Set<String> = ["sf", "sol", "clna", "solucion", "suero", "cloruro", "dextrosa", "dextrose", "normal", "hartmann", "sodium", "ss", "ssn",
                                      "soro", "solucao", "saline"]

    /// Fluids whose abbreviation is something else when no strength follows ("ss" = semanas, "SSN"/"SS#" = social security).
    static let fluidsNamedByStrength: Set<String> = ["ss", "ssn", "solucion"]

    static let names: [String] = [
        // Antibiotics / antimicrobials
        "amoxicilina", "amoxicillin", "amoxicilina acido clavulanico", "amoxicillin clavulanate", "ampicilina", "ampicillin",
        "penicilina", "penicillin", "penicilina benzatinica", "dicloxacilina", "dicloxacillin", "cefalexina", "cephalexin",
        "cefadroxilo", "cefuroxima", "cefuroxime", "ceftriaxona", "ceftriaxone", "cefotaxima", "cefepime", "cefazolina",
        "cefazolin", "cefixima", "azitromicina", "azithromycin", "claritromicina", "clarithromycin", "eritromicina",
        "doxiciclina", "doxycycline", "ciprofloxacino", "ciprofloxacin", "levofloxacino", "levofloxacin", "moxifloxacino",
        "nitrofurantoina", "nitrofurantoin", "trimetoprim sulfametoxazol", "trimetoprima sulfametoxazol", "cotrimoxazol",
        "trimethoprim sulfamethoxazole", "metronidazol", "metronidazole", "clindamicina", "clindamycin", "vancomicina",
        "vancomycin", "gentamicina", "gentamicin", "amikacina", "meropenem", "imipenem", "piperacilina tazobactam",
        "piperacillin tazobactam", "linezolid", "fosfomicina", "fosfomycin", "rifampicina", "isoniazida", "pirazinamida",
        "etambutol", "fluconazol", "fluconazole", "nistatina", "clotrimazol", "ketoconazol", "itraconazol", "terbinafina",
        "aciclovir", "acyclovir", "valaciclovir", "valacyclovir", "oseltamivir", "albendazol", "albendazole", "mebendazol",
        "ivermectina", "ivermectin", "nitazoxanida", "tinidazol", "secnidazol", "cloroquina", "hidroxicloroquina",
        "hydroxychloroquine", "primaquina", "artemeter", "tenofovir", "emtricitabina", "dolutegravir", "efavirenz",
        // Analgesics, antiinflammatories
        "paracetamol", "acetaminofen", "acetaminophen", "ibuprofeno", "ibuprofen", "naproxeno", "naproxen", "diclofenaco",
        "diclofenac", "ketorolaco", "ketorolac", "metamizol", "dipirona", "celecoxib", "meloxicam", "indometacina",
        "acido acetilsalicilico", "aspirina", "aspirin", "tramadol", "morfina", "morphine", "oxicodona", "oxycodone",
        "hidrocodona", "hydrocodone", "codeina", "codeine", "fentanilo", "fentanyl", "buprenorfina", "nalbufina",
        "ketoprofeno", "piroxicam", "etoricoxib", "colchicina", "colchicine", "alopurinol", "allopurinol", "febuxostat",
        // Cardiovascular
        "losartan", "valsartan", "irbesartan", "telmisartan", "candesartan", "olmesartan", "enalapril", "captopril",
        "lisinopril", "ramipril", "perindopril", "amlodipino", "amlodipine", "nifedipino", "nifedipine", "diltiazem",
        "verapamilo", "verapamil", "metoprolol", "metoprolol succinate", "metoprolol tartrate", "atenolol", "bisoprolol",
        "carvedilol", "propranolol", "nebivolol", "hidroclorotiazida", "hydrochlorothiazide", "clortalidona",
        "chlorthalidone", "furosemida", "furosemide", "torasemida", "espironolactona", "spironolactone", "eplerenona",
        "sacubitril valsartan", "digoxina", "digoxin", "amiodarona", "amiodarone", "atorvastatina", "atorvastatin",
        "rosuvastatina", "rosuvastatin", "simvastatina", "simvastatin", "pravastatina", "ezetimiba", "ezetimibe",
        "fenofibrato", "gemfibrozilo", "clopidogrel", "ticagrelor", "prasugrel", "warfarina", "warfarin", "acenocumarol",
        "apixaban", "rivaroxaban", "dabigatran", "edoxaban", "enoxaparina", "enoxaparin", "heparina", "heparin",
        "nitroglicerina", "nitroglycerin", "isosorbida", "isosorbide", "hidralazina", "hydralazine", "prazosina",
        "doxazosina", "clonidina", "clonidine", "metildopa", "methyldopa", "ivabradina", "trimetazidina",
        // Diabetes / endocrine
        "metformina", "metformin", "glibenclamida", "glyburide", "glimepirida", "glimepiride", "glipizida", "glipizide",
        "gliclazida", "sitagliptina", "sitagliptin", "linagliptina", "linagliptin", "vildagliptina", "saxagliptina",
        "empagliflozina", "empagliflozin", "dapagliflozina", "dapagliflozin", "canagliflozina", "pioglitazona",
        "pioglitazone", "liraglutida", "liraglutide", "semaglutida", "semaglutide", "dulaglutida", "dulaglutide",
        "insulina", "insulin", "insulina glargina", "insulin glargine", "insulina nph", "insulin nph", "insulina detemir",
        "insulina degludec", "insulin degludec", "insulina lispro", "insulin lispro", "insulina aspart", "insulin aspart",
        "insulina rapida", "insulina regular", "regular insulin", "levotiroxina", "levothyroxine", "metimazol",
        "methimazole", "propiltiouracilo", "prednisona", "prednisone", "prednisolona", "prednisolone", "metilprednisolona",
        "methylprednisolone", "dexametasona", "dexamethasone", "hidrocortisona", "hydrocortisone", "betametasona",
        "fludrocortisona", "estradiol", "progesterona", "medroxiprogesterona", "levonorgestrel", "anticonceptivos orales",
        "alendronato", "alendronate", "risedronato", "ibandronato", "denosumab", "calcitriol", "cabergolina",
        // Respiratory / allergy
        "salbutamol", "albuterol", "ipratropio", "ipratropium", "bromuro de ipratropio", "tiotropio", "tiotropium",
        "bromuro de tiotropio", "budesonida", "budesonide", "beclometasona", "beclomethasone", "fluticasona", "fluticasone",
        "salmeterol", "formoterol", "budesonida formoterol", "fluticasona salmeterol", "fluticasone salmeterol",
        "montelukast", "teofilina", "aminofilina", "loratadina", "loratadine", "desloratadina", "cetirizina", "cetirizine",
        "levocetirizina", "fexofenadina", "fexofenadine", "clorfenamina", "clorfeniramina", "difenhidramina",
        "diphenhydramine", "hidroxicina", "hydroxyzine", "ambroxol", "bromhexina", "dextrometorfano",
        "dextromethorphan", "guaifenesina", "guaifenesin", "benzonatato", "epinefrina", "epinephrine", "adrenalina",
        // Gastrointestinal
        "omeprazol", "omeprazole", "esomeprazol", "esomeprazole", "pantoprazol", "pantoprazole", "lansoprazol",
        "lansoprazole", "rabeprazol", "ranitidina", "famotidina", "famotidine", "sucralfato", "sucralfate",
        "metoclopramida", "metoclopramide", "ondansetron", "domperidona", "butilhioscina", "hioscina", "loperamida",
        "loperamide", "lactulosa", "lactulose", "polietilenglicol", "polyethylene glycol", "bisacodilo", "senosidos",
        "psyllium", "simeticona", "subsalicilato de bismuto", "bismuth subsalicylate", "mesalazina", "mesalamine",
        "sales de rehidratacion oral", "suero oral", "racecadotrilo", "trimebutina", "pinaverio", "dimenhidrinato",
        "hidroxido de aluminio", "magaldrato", "ursodiol", "acido ursodesoxicolico",
        // Neuro / psych
        "sertralina", "sertraline", "fluoxetina", "fluoxetine", "escitalopram", "citalopram", "paroxetina", "paroxetine",
        "venlafaxina", "venlafaxine", "duloxetina", "duloxetine", "desvenlafaxina", "bupropion", "mirtazapina",
        "mirtazapine", "trazodona", "trazodone", "amitriptilina", "amitriptyline", "nortriptilina", "clonazepam",
        "alprazolam", "lorazepam", "diazepam", "midazolam", "zolpidem", "quetiapina", "quetiapine", "olanzapina",
        "olanzapine", "risperidona", "risperidone", "aripiprazol", "aripiprazole", "haloperidol", "litio", "lithium",
        "acido valproico", "valproic acid", "valproato", "divalproato", "carbamazepina", "carbamazepine", "oxcarbazepina",
        "lamotrigina", "lamotrigine", "levetiracetam", "fenitoina", "phenytoin", "topiramato", "topiramate", "gabapentina",
        "gabapentin", "pregabalina", "pregabalin", "sumatriptan", "rizatriptan", "zolmitriptan", "ergotamina",
        "flunarizina", "cinarizina", "betahistina", "donepezilo", "donepezil", "memantina", "memantine", "levodopa",
        "levodopa carbidopa", "carbidopa levodopa", "pramipexol", "metilfenidato", "methylphenidate", "atomoxetina",
        "ciclobenzaprina", "cyclobenzaprine", "tizanidina", "tizanidine", "baclofeno", "baclofen", "metocarbamol",
        "methocarbamol", "orfenadrina",
        // Urology, gynecology, others
        "tamsulosina", "tamsulosin", "finasterida", "finasteride", "oxibutinina", "oxybutynin", "sildenafil", "tadalafil",
        "fenazopiridina", "phenazopyridine", "misoprostol", "oxitocina", "oxytocin", "sulfato de magnesio",
        "magnesium sulfate", "acido folico", "folic acid", "sulfato ferroso", "ferrous sulfate", "hierro", "iron",
        "carbonato de calcio", "calcium carbonate", "calcio", "calcium", "vitamina d", "vitamina d3", "vitamin d",
        "vitamin d3", "colecalciferol", "cholecalciferol", "vitamina c", "vitamin c", "vitamina b12", "vitamin b12",
        "cianocobalamina", "cyanocobalamin", "complejo b", "tiamina", "thiamine", "zinc", "potasio", "cloruro de potasio",
        "potassium chloride", "bicarbonato de sodio", "sodium bicarbonate", "multivitaminico", "multivitamin",
        "metotrexato", "methotrexate", "hidroxiurea", "tamoxifeno", "tamoxifen", "letrozol", "anastrozol",
        "permetrina", "permethrin", "mupirocina", "mupirocin", "acido fusidico", "clobetasol", "mometasona", "mometasone",
        "hidrocortisona crema", "lidocaina", "lidocaine", "bupivacaina", "ketamina", "propofol", "dobutamina",
        "norepinefrina", "norepinephrine", "noradrenalina", "dopamina", "vasopresina", "naloxona", "naloxone",
        "atropina", "atropine", "adenosina", "tobramicina", "tobramycin", "lagrimas artificiales", "timolol",
        "latanoprost", "ciclosporina", "tacrolimus", "azatioprina", "micofenolato", "infliximab", "adalimumab",
        // Fluids
        "solucion fisiologica", "solucion salina", "suero fisiologico", "cloruro de sodio", "hartmann", "ringer lactato",
        "lactato de ringer", "normal saline", "lactated ringer", "dextrosa", "dextrose", "solucion glucosada",
        "sf", "clna", "solucion hartmann", "sodium chloride",
        // Argentina's "PHP" (plan de hidratación parenteral), an IV fluid prescribed by volume (round 6); "solución 0.9%" named
        // by its strength only (`fluidsNamedByStrength`); activated charcoal; the tuberculosis regimens' fixed-dose combinations.
        "php", "solucion", "carbon activado", "activated charcoal", "rhze", "rhz", "hrze", "hrz",
        // Venezuela's "SS 0,9%" (solución salina), "LR" (lactated Ringer's), "D5W"; not "SG" (semanas de gestación).
        "ss", "lr", "d5w", "ringer",
        // Aspirin's abbreviations in prescriptions: "ASA 100 mg" (Latin America, US), "AAS" (Brazil).
        "asa",
        // Fixed-dose partners written "X/Y": "sacubitrilo/valsartán".
        "sacubitrilo", "sacubitril",
        // Abbreviations, combination partners and others added with the issue-17 corpus
        "aas", "clavulanato", "acido clavulanico", "clavulanate", "sulbactam", "tazobactam", "toxoide tetanico",
        "tetanus toxoid", "vitamina a", "vitamin a", "isossorbida", "vida suero oral", "losartana",
        // Emergency, critical care and hospital drugs often written without a dose ("alteplasa según protocolo")
        "alteplasa", "alteplase", "tenecteplasa", "tenecteplase", "estreptoquinasa", "streptokinase", "labetalol",
        "nitroprusiato", "nitroprusside", "sacubitril valsartan", "sacubitril", "sevelamer", "octreotide", "octreotido",
        "terlipresina", "terlipressin", "ceftazidima", "ceftazidime", "ertapenem", "tigeciclina", "tigecycline", "colistina",
        "colistin", "caspofungina", "caspofungin", "anfotericina b", "amphotericin b", "voriconazol", "voriconazole",
        "remdesivir", "rocuronio", "rocuronium", "succinilcolina", "succinylcholine", "flumazenil", "acetilcisteina",
        "n acetilcisteina", "acetylcysteine", "levalbuterol", "albumina humana", "human albumin", "inmunoglobulina",
        "immunoglobulin", "manitol", "mannitol", "fenobarbital", "phenobarbital", "fosfenitoina", "fosphenytoin",
        "esmolol", "nicardipino", "nicardipine", "clevidipino", "urapidil", "milrinona", "milrinone", "levosimendan",
        "betamethasone", "surfactante", "acido tranexamico", "tranexamic acid", "acido zoledronico", "zoledronic acid",
        "acido mefenamico", "mefenamic acid", "acido alendronico", "acido ascorbico", "ascorbic acid",
        "desogestrel", "eritropoyetina", "epoetina", "insulina corriente", "insulina cristalina",
        // INN families missing above (one spelling each: `spellingKey` finds the others), with the salts written first.
        "insulina glulisina", "insulin glulisine", "insulina humana", "hierro sacarosa", "iron sucrose", "hierro polimaltosado",
        "hierro dextran", "gluconato ferroso", "fumarato ferroso", "sulfato de zinc", "gluconato de calcio", "sulfato de morfina",
        "dinitrato de isosorbida", "mononitrato de isosorbida", "isosorbida dinitrato", "isosorbida mononitrato",
        "heparina no fraccionada", "heparina de bajo peso molecular", "diosmina", "hesperidina", "diosmina hesperidina",
        "adapaleno", "tretinoina", "isotretinoina", "peroxido de benzoilo", "benzoyl peroxide", "clorhexidina", "povidona yodada",
        "iodopovidona", "acido salicilico", "acido azelaico", "minoxidil", "clindamicina gel", "sulfadiazina de plata",
        "melatonina", "vareniclina", "roflumilast", "cilostazol", "pentoxifilina", "lovastatina", "pitavastatina", "hidromorfona",
        "metadona", "tapentadol", "umeclidinio", "vilanterol", "glicopirronio", "indacaterol", "olodaterol", "aclidinio",
        "fluticasona furoato", "fluticasona propionato", "mometasona furoato", "ciclesonida", "bilastina", "rupatadina",
        "ebastina", "levomepromazina", "clorpromazina", "clozapina", "ziprasidona", "paliperidona", "lurasidona",
        "vortioxetina", "agomelatina", "bromazepam", "clobazam", "lacosamida", "brivaracetam", "zonisamida", "rasagilina",
        "ropinirol", "rivastigmina", "galantamina", "dutasterida", "solifenacina", "mirabegron", "tolterodina", "alfuzosina",
        "silodosina", "dienogest", "drospirenona", "etinilestradiol", "ethinyl estradiol", "etinil estradiol", "norgestimate", "norgestimato", "levonorgestrel etinilestradiol", "nitrofural",
        "cefpodoxima", "cefdinir", "cefaclor", "ceftarolina", "oxacilina", "nafcilina", "aztreonam", "daptomicina",
        "teicoplanina", "neomicina", "rifaximina", "norfloxacino", "ofloxacino", "anidulafungina", "micafungina",
        "posaconazol", "isavuconazol", "miconazol", "ganciclovir", "valganciclovir", "famciclovir", "sofosbuvir",
        "bictegravir", "raltegravir", "lamivudina", "zidovudina", "abacavir", "darunavir", "ritonavir", "lopinavir ritonavir",
        "praziquantel", "pirantel", "prednicarbato", "triamcinolona", "deflazacort", "budesonida nasal", "insulina isofana",
        "glucagon", "exenatida", "tirzepatida", "dapagliflozina metformina", "sitagliptina metformina", "ertugliflozina",
        "acarbosa", "repaglinida", "nateglinida", "tolvaptan", "bumetanida", "indapamida", "amilorida", "acetazolamida",
        "olmesartan medoxomilo", "azilsartan", "fosinopril", "quinapril", "zofenopril", "lercanidipino", "felodipino",
        "nitrendipino", "manidipino", "nimodipino", "dronedarona", "flecainida", "propafenona", "sotalol", "ranolazina",
        "evolocumab", "alirocumab", "icosapento de etilo", "omega 3", "bempedoico", "fondaparinux", "tinzaparina",
        "dalteparina", "nadroparina", "bemiparina", "ticlopidina", "dipiridamol", "vitamina k", "fitomenadiona",
        "filgrastim", "ondansetron", "granisetron", "palonosetron", "aprepitant", "dexlansoprazol", "vonoprazan",
        "levosulpirida", "cinitaprida", "mosaprida", "prucaloprida", "linaclotida", "otilonio", "mebeverina", "alverina",
        "sulfasalazina", "budesonida rectal", "vedolizumab", "ustekinumab", "secukinumab", "etanercept", "rituximab",
        "tocilizumab", "baricitinib", "tofacitinib", "upadacitinib", "leflunomida", "apremilast", "dupilumab",
        "omalizumab", "mepolizumab", "benralizumab", "pembrolizumab", "nivolumab", "trastuzumab", "bevacizumab",
        "imatinib", "capecitabina", "cisplatino", "carboplatino", "oxaliplatino", "paclitaxel", "docetaxel",
        "ciclofosfamida", "doxorrubicina", "gemcitabina", "fluorouracilo", "bicalutamida", "enzalutamida", "abiraterona",
        "leuprorelina", "goserelina", "exemestano", "fulvestrant", "palbociclib", "testosterona", "somatropina",
        "liotironina", "hidroxocobalamina", "piridoxina", "vitamina b1", "vitamina b6", "vitamina e", "acido folinico",
        "gluconato de potasio", "citrato de potasio", "fosfato de potasio", "sulfato de sodio", "lactato de calcio",
        "hierro sulfato", "calcio carbonato", "carbonato calcico",
        // Round 7: fluids in every spelling ("suero salino 3%", "soro fisiológico 0,9%", "solução glicosada 5%"), insulin analogues
        // written without "insulina" ("glargine 20 units …, lispro sliding scale"), hypertonic saline.
        "suero salino", "suero glucosado", "suero glucosalino", "soro fisiologico", "soro glicosado", "solucao fisiologica", "solucao salina",
        "solucao glicosada", "hypertonic saline", "solucion salina hipertonica", "suero salino hipertonico", "dextrosa en agua",
        "lispro", "aspart", "detemir", "degludec", "glulisine", "glulisina",
        "tdap", "ssn", "sro", "prenatal vitamin", "prenatal vitamins", "vitaminas prenatales", "protector solar", "sunscreen", "vaselina", "urea crema", "emolientes", "nicotina", "nicotine patch",
        // Round 9: emollients, probiotics, multivitamins and the abbreviated co-trimoxazole and amoxicillin-clavulanate.
        "emollient", "emollients", "emoliente", "probiotico", "probioticos", "probiotic", "probiotics", "multivitaminas",
        "multivitaminico", "multivitamin", "multivitamins", "polivitaminico", "polivitaminas", "tmp smx", "smx tmp",
        "amoxi clavulanico", "amoxiclavulanico", "kcl", "sol glucosada", "sol fisiologica", "sol salina", "sol hartmann",
        "insulina r", "insulina n", "parche de nicotina", "parches de nicotina",
    ]
}
