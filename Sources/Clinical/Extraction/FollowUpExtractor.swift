/// Follow-up instructions ("control en 2 semanas", "follow up in 3 months") and notes (allergies, warning signs).
enum FollowUpExtractor {
    static func followUp(in sentences: [String]) -> [String] {
        sentences.filter { sentence in
            let folded = " " + TextFolding.fold(sentence)
            return followUpCues.contains { folded.hasSubstring($0) }
        }
    }

    static func notes(in sentences: [String]) -> [String] {
        sentences.filter { sentence in
            let folded = " " + TextFolding.fold(sentence)
            return noteCues.contains { folded.hasSubstring($0) }
        }
    }

    static let followUpCues: [String] = [
        " control en ", " control de ", " cita de control", " proximo control", " proxima cita", " revaloracion",
        " reevaluacion", " reevaluar", " seguimiento en ", " seguimiento por ", " regresar ", " volver ", " acudir ",
        " consultar ", " reconsultar", " control clinico", " control radiografico", " control con ", " control por ",
        " controles ", " follow up", " follow-up", " return ", " recheck", " re-check", " repeat ", " revisit",
        " see back", " come back", " in clinic in ", " next visit", " nuevo control", " cita en ",
    ]
    static let noteCues: [String] = [
        " alergia", " alergico", " alergica", " allerg", " signos de alarma", " pautas de alarma", " red flags",
        " warning signs", " nkda", " no conocidas", " niega alergias",
    ]
}
