package se.medskapa.cases.demo;

import static se.medskapa.cases.demo.DemoCase.answer;
import static se.medskapa.cases.demo.DemoCase.demoCase;
import static se.medskapa.cases.demo.DemoCase.forward;
import static se.medskapa.cases.demo.DemoCase.handOver;
import static se.medskapa.cases.demo.DemoCase.merge;
import static se.medskapa.cases.demo.DemoCase.message;
import static se.medskapa.cases.demo.DemoCase.note;
import static se.medskapa.cases.demo.DemoCase.registry;
import static se.medskapa.cases.demo.DemoCase.reply;
import static se.medskapa.cases.demo.DemoCase.returnToCoach;
import static se.medskapa.cases.demo.DemoCase.route;
import static se.medskapa.cases.demo.DemoCase.routeAndPublish;
import static se.medskapa.cases.demo.DemoCase.status;
import static se.medskapa.cases.demo.DemoCase.take;
import static se.medskapa.cases.demo.DemoCase.withdraw;
import static se.medskapa.cases.demo.DemoCase.Actor.COACH;
import static se.medskapa.cases.demo.DemoCase.Actor.HANDLER;
import static se.medskapa.cases.demo.DemoCase.Actor.HANDLER2;
import static se.medskapa.cases.demo.DemoCase.Actor.HANDLER3;
import static se.medskapa.cases.demo.DemoCase.Actor.LEAD;

import java.util.List;

import se.medskapa.cases.CaseKind;
import se.medskapa.cases.CaseStatus;

/**
 * The demo cases of Borås, Umeå and Piteå: what residents there write about, and how the
 * idea sluice answers. Each municipality has a case in every status, some published in a
 * reviewed version, with hand-overs, public messages, internal notes, a resident's reply,
 * and two that are overdue (one not acknowledged, one not answered). Residents' addresses
 * are under the reserved {@code .example} domain.
 */
final class DemoCaseScripts {

	private static final String MAIL = "@exempel.medskapa.example";

	private DemoCaseScripts() {
	}

	static List<DemoCase> of(String slug) {
		return switch (slug) {
			case "boras" -> boras();
			case "umea" -> umea();
			case "pitea" -> pitea();
			default -> List.of();
		};
	}

	private static List<DemoCase> boras() {
		String streets = "Gata och park";
		String traffic = "Trafik och mobilitet";
		String sports = "Idrott och anläggningar";
		return List.of(
				demoCase("new", 0, CaseKind.COMPLAINT, "Gator och trafik", "Gångbron över Viskan vid Simonsland",
						"Halkigt på gångbron över Viskan",
						"Gångbron vid Simonsland var spegelblank i morse och ingen sand hade lagts ut. Jag såg två "
								+ "personer halka. Kan den sandas tidigare på morgonen?")
					.by("Birgitta Andersson", "birgitta.andersson" + MAIL)
					.publishable(),

				demoCase("returned", 4, CaseKind.PROPOSAL, "Omsorg och hälsa", "Hässleholmen",
						"Mötesplats för äldre på Hässleholmen",
						"Många äldre i området sitter ensamma. Jag föreslår en öppen mötesplats med fika och "
								+ "aktiviteter några eftermiddagar i veckan, gärna i lokalen vid Hässleholmens centrum.")
					.by("Leyla Demir", "leyla.demir" + MAIL)
					.publishable()
					.then(route(0, sports),
							returnToCoach(1, HANDLER3,
									"Träffpunkter för äldre hör inte till Idrott och anläggningar utan till Vård- och "
											+ "äldreförvaltningen. Skickas tillbaka för ny fördelning.")),

				demoCase("routed", 1, CaseKind.IDEA, "Parker och natur", "Viskans strand, Knalleland",
						"Fler papperskorgar längs Viskan",
						"Längs promenadvägen vid Viskan från Knalleland mot centrum finns nästan inga papperskorgar, och "
								+ "det blir mycket skräp efter helgerna.")
					.by("Oskar Eriksson", "oskar.eriksson" + MAIL)
					.publishable()
					.then(routeAndPublish(0, streets, "Fler papperskorgar längs Viskan",
							"Förslag om fler papperskorgar längs promenadvägen vid Viskan mellan Knalleland och centrum.")),

				demoCase("taken", 5, CaseKind.COMPLAINT, "Gator och trafik", "Alingsåsvägen vid Norrby skola",
						"Bilar kör för fort förbi Norrby skola",
						"På Alingsåsvägen vid skolan kör många betydligt fortare än 30. Mina barn går där varje morgon. "
								+ "Ring gärna på 070-482 19 55.")
					.by("Jenny Karlsson", "jenny.karlsson" + MAIL)
					.then(route(1, traffic), take(2, HANDLER2), message(2, HANDLER2,
							"Tack för att du hör av dig. Jag heter Fatima och har tagit ditt ärende. "
									+ "Vi sätter upp en mätare vid skolan under två veckor och återkommer med resultatet."),
							note(2, HANDLER2, "Mätare bokad v. 48 hos driften. Ringde invånaren och bekräftade.")),

				demoCase("investigating", 9, CaseKind.IDEA, "Kultur och fritid", "Ramnaparken", "Utegym i Ramnaparken",
						"Jag önskar ett enkelt utegym i Ramnaparken, med räcken, bänkar och en skylt med övningar. Det "
								+ "skulle passa både unga och äldre och locka fler till parken.")
					.by("Ahmed Ali", "ahmed.ali" + MAIL)
					.publishable()
					.then(routeAndPublish(1, sports, "Utegym i Ramnaparken",
							"Förslag om ett enkelt utegym i Ramnaparken för alla åldrar, med en skylt som visar övningar."),
							take(2, HANDLER3),
							status(3, HANDLER3, CaseStatus.INVESTIGATING,
									"Vi undersöker var i parken ett utegym kan stå och vad det skulle kosta. Parken är "
											+ "kulturhistoriskt värdefull, så vi stämmer av med Gata och park.",
									"Kolla med Gata och park om markförlagda ledningar vid norra entrén."),
							reply(5, "Jag och några grannar hjälper gärna till att ta fram vilka övningar som ska finnas."),
							note(6, HANDLER3,
									"Invånaren erbjuder medverkan – bjud in till workshop när vi har platsförslag.")),

				demoCase("overdue", 14, CaseKind.COMPLAINT, "Kultur och fritid", "Borås Simarena",
						"Trasiga duschar på Borås Simarena",
						"I damernas omklädningsrum har tre av sex duschar varit trasiga i flera veckor. Personalen säger "
								+ "att de har anmält det, men inget händer.")
					.by("Maria Lindholm", "maria.lindholm" + MAIL)
					.then(route(0, sports), take(1, HANDLER3),
							status(3, HANDLER3, CaseStatus.INVESTIGATING, null,
									"Felanmält till fastighetsförvaltningen, väntar på besked om reservdelar.")),

				demoCase("planned", 30, CaseKind.PROPOSAL, "Gator och trafik", "Gång- och cykelvägen Sjöbo–centrum",
						"Belysning på cykelvägen mellan Sjöbo och centrum",
						"Cykelvägen längs Sjöbo är helt mörk en bit vid kolonistugorna. Det känns otryggt att cykla där på "
								+ "kvällen, särskilt på vintern.")
					.by("Sofia Persson", "sofia.persson" + MAIL)
					.publishable()
					.then(routeAndPublish(1, streets, "Belysning på cykelvägen mellan Sjöbo och centrum",
							"Förslag om belysning på den mörka delen av cykelvägen vid kolonistugorna i Sjöbo."),
							take(1, HANDLER),
							handOver(2, HANDLER, traffic,
									"Belysning på cykelvägar planeras av trafikenheten, inte av parkdriften."),
							take(3, HANDLER2), registry(3, HANDLER2, "SBN 2026/00412"),
							status(5, HANDLER2, CaseStatus.INVESTIGATING,
									"Vi har gått sträckan och ser att cirka 400 meter saknar belysning. Vi tar fram en "
											+ "kostnad.",
									null),
							status(18, HANDLER2, CaseStatus.PLANNED,
									"Belysningen finns nu med i investeringsplanen och byggs under våren 2027. Tack för "
											+ "förslaget!",
									"Beslut i samhällsbyggnadsnämnden, budget 1,2 mnkr.")),

				demoCase("piloted", 45, CaseKind.IDEA, "Gator och trafik", "Stora torget",
						"Bilfria lördagar på Stora torget",
						"Låt Stora torget vara bilfritt på lördagar under sommaren, med plats för marknad, lek och "
								+ "uteserveringar.")
					.by("Gustav Lund", "gustav.lund" + MAIL)
					.publishable()
					.then(routeAndPublish(1, traffic, "Bilfria lördagar på Stora torget",
							"Förslag om bilfritt Stora torget på lördagar under sommaren, med marknad och lek."),
							take(2, HANDLER2),
							status(4, HANDLER2, CaseStatus.INVESTIGATING,
									"Vi pratar med handlarna runt torget och med kollektivtrafiken.", null),
							status(15, HANDLER2, CaseStatus.PILOTED,
									"Vi testar i liten skala: de fyra första lördagarna i juni stängs torget för biltrafik. "
											+ "Därefter utvärderar vi tillsammans med handlarna.",
									"Tillfällig trafikföreskrift klar. Utvärdering med Centrumföreningen.")),

				demoCase("implemented", 60, CaseKind.PROPOSAL, "Parker och natur", "Viskans strand vid Stadsparken",
						"Bänkar längs Viskan",
						"Det finns för få ställen att vila på längs Viskan. Fler bänkar skulle göra promenaden möjlig för "
								+ "oss som inte orkar gå så långt i taget.")
					.by("Ingrid Svensson", "ingrid.svensson" + MAIL)
					.publishable()
					.then(routeAndPublish(1, streets, "Bänkar längs Viskan",
							"Förslag om fler bänkar längs promenaden vid Viskan, så att fler orkar gå den."),
							take(1, LEAD), registry(1, LEAD, "SBN 2026/00218"),
							status(3, LEAD, CaseStatus.PLANNED, "Vi ställer ut tio nya bänkar under våren.", null),
							status(40, HANDLER, CaseStatus.IMPLEMENTED,
									"Nu står tio nya bänkar längs Viskan, med ungefär 200 meters mellanrum. Tack för "
											+ "idén – den är genomförd tack vare dig!",
									"Bänkarna av modellen Borås Park, levererade v. 21.")),

				demoCase("declined", 25, CaseKind.PROPOSAL, "Kultur och fritid", "Sjöbo", "Konstgräsplan i Sjöbo",
						"Barnen i Sjöbo har ingen bra plan att spela fotboll på. Bygg en konstgräsplan vid skolan.")
					.by("Daniel Nordin", "daniel.nordin" + MAIL)
					.then(route(1, sports), take(2, HANDLER3),
							status(4, HANDLER3, CaseStatus.INVESTIGATING, "Vi ser över behovet av planer i stadsdelen.",
									null),
							status(12, HANDLER3, CaseStatus.DECLINED,
									"Vi kan tyvärr inte bygga en ny konstgräsplan i Sjöbo de närmaste åren: nya planer "
											+ "prioriteras efter antal föreningslag, och investeringsbudgeten är fördelad "
											+ "till 2028. Gräsplanen vid Sjöboskolan rustas i stället i sommar, och "
											+ "Ryahallen har lediga tider för barnlag.",
									"Avslag enligt prioriteringsordningen i idrottsplanen.")),

				demoCase("trafikverket", 12, CaseKind.COMPLAINT, "Gator och trafik",
						"Riksväg 40, avfarten vid Rydboholm", "Farlig avfart från riksväg 40",
						"Avfarten vid Rydboholm är för kort, och bilar bromsar hårt ute på vägen. Det kommer att hända "
								+ "en olycka.")
					.by("Peter Holm", "peter.holm" + MAIL)
					.then(forward(1, COACH, "Trafikverket",
							"Riksväg 40 och dess av- och påfarter sköts av Trafikverket, inte av kommunen. Vi har skickat "
									+ "dina synpunkter vidare dit. Du kan också kontakta Trafikverket direkt på 0771-921 921 "
									+ "eller via trafikverket.se.")),

				demoCase("region", 20, CaseKind.PROPOSAL, "Gator och trafik", "Sjömarken",
						"Fler bussar till Sjömarken på kvällen",
						"Sista bussen från centrum till Sjömarken går för tidigt för den som jobbar kväll.")
					.by("Hanna Ek", "hanna.ek" + MAIL)
					.then(route(1, traffic), take(2, HANDLER2), forward(3, HANDLER2,
							"Västtrafik (Västra Götalandsregionen)",
							"Busstrafiken planeras av Västtrafik på uppdrag av Västra Götalandsregionen. Vi har "
									+ "skickat ditt förslag dit och tar själva med behovet i vårt samråd med "
									+ "Västtrafik. Kontakta gärna Västtrafik på 0771-41 43 00.")),

				demoCase("duplicate", 6, CaseKind.IDEA, "Kultur och fritid", "Ramnaparken",
						"Träningsredskap i Ramnaparken",
						"Det vore bra med några träningsredskap i Ramnaparken, som i andra städer.")
					.by("Elsa Björk", "elsa.bjork" + MAIL)
					.then(merge(1, "investigating",
							"Ett likadant förslag om utegym i Ramnaparken utreds redan. Vi har slagit ihop ditt ärende med "
									+ "det, så följer du det ärendet får du veta hur det går.")),

				demoCase("withdrawn", 7, CaseKind.QUESTION, "Parker och natur", "Norrby", "Hundrastgård i Norrby",
						"Finns det planer på en hundrastgård i Norrby? Annars vill jag föreslå en vid parken på "
								+ "Norrbyskolans baksida.")
					.by("Kristina Berg", "kristina.berg" + MAIL)
					.then(route(1, streets), withdraw(3)),

				demoCase("answered", 15, CaseKind.QUESTION, "Miljö och klimat", "Återvinningsstationen på Göta",
						"När töms återvinningsstationen på Göta?",
						"Containrarna för kartong är ofta fulla på söndagar. Hur ofta töms de?")
					.by("Ali Hussein", "ali.hussein" + MAIL)
					.then(answer(1, "Återvinningsstationerna sköts av Förpackningsinsamlingen. Kartong töms på Göta "
							+ "måndag, onsdag och fredag, och en extra gång på söndagar från och med nästa månad. Fulla "
							+ "containrar kan anmälas direkt på ftiab.se.")),

				demoCase("praise", 3, CaseKind.PRAISE, "Kultur och fritid", "Stadsbiblioteket",
						"Tack för läxhjälpen på biblioteket",
						"Min son har gått på läxhjälpen på Stadsbiblioteket hela terminen och har fått så mycket bättre "
								+ "självförtroende. Tack till alla volontärer!")
					.by("Amina Warsame", "amina.warsame" + MAIL)
					.publishable()
					.then(answer(1, "Tack för dina fina ord! Vi har skickat berömmet vidare till biblioteket och "
							+ "volontärerna i läxhjälpen.")));
	}

	private static List<DemoCase> umea() {
		String streets = "Gator och parker";
		String planning = "Planering och trafik";
		String leisure = "Fritid";
		return List.of(
				demoCase("new", 0, CaseKind.IDEA, "Miljö och klimat", "Nydalasjön",
						"Fler platser för matavfall vid Nydalasjön",
						"Vid grillplatserna runt Nydalasjön finns bara vanliga soptunnor. Sortera matavfall där också, "
								+ "så lär sig fler att sortera.")
					.by("Linnea Åström", "linnea.astrom" + MAIL)
					.publishable(),

				demoCase("returned", 4, CaseKind.COMPLAINT, "Gator och trafik", "Ersboda handelsområde",
						"Trasigt trafikljus vid Ersboda",
						"Gångtrafikens knapp vid övergångsstället mot Ersboda centrum fungerar inte. Man får springa när "
								+ "bilarna har rött.")
					.by("Mohammed Jama", "mohammed.jama" + MAIL)
					.then(route(0, leisure), returnToCoach(1, HANDLER3,
							"Trafiksignaler hör till Gator och parker, inte till Fritid. Skickas tillbaka för ny "
									+ "fördelning.")),

				demoCase("routed", 1, CaseKind.PROPOSAL, "Parker och natur", "Mariehemsparken",
						"Lekplats för större barn i Mariehem",
						"Lekplatsen i Mariehemsparken passar bara de minsta. Bygg något för barn i tio-tolvårsåldern, "
								+ "till exempel en klätterställning eller parkour.")
					.by("Elin Lundberg", "elin.lundberg" + MAIL)
					.publishable()
					.then(routeAndPublish(0, streets, "Lekplats för större barn i Mariehem",
							"Förslag om lek för barn i tio-tolvårsåldern i Mariehemsparken, som klätter eller parkour.")),

				demoCase("taken", 5, CaseKind.COMPLAINT, "Gator och trafik", "Cykelbanan längs Västra Esplanaden",
						"Grus på cykelbanan längs Västra Esplanaden",
						"Det ligger fortfarande mycket grus kvar från vintern på cykelbanan längs Västra Esplanaden. Jag "
								+ "har nästan vurpat två gånger.")
					.by("Anders Wallin", "anders.wallin" + MAIL)
					.then(route(1, streets), take(1, HANDLER),
							message(2, HANDLER, "Hej Anders! Jag heter Maria och är din kontaktperson. Sopningen av "
									+ "Västra Esplanaden är inlagd i veckans körschema. Hör av dig om det fortfarande ligger "
									+ "grus där på fredag.")),

				demoCase("investigating", 9, CaseKind.PROPOSAL, "Kultur och fritid", "Umeälvens strand vid Broparken",
						"Bastu vid älven",
						"Bygg en offentlig bastu vid Umeälven i Broparken, som de har i Luleå och Stockholm. Det skulle "
								+ "bli en mötesplats hela året.")
					.by("Karin Sjöberg", "karin.sjoberg" + MAIL)
					.publishable()
					.then(routeAndPublish(1, leisure, "Bastu vid älven",
							"Förslag om en offentlig bastu vid Umeälven i Broparken, som mötesplats året runt."),
							take(1, HANDLER3),
							status(2, HANDLER3, CaseStatus.INVESTIGATING,
									"Vi utreder om en bastu kan drivas av en förening på kommunens mark och vilka "
											+ "tillstånd som krävs vid strandkanten.",
									"Strandskydd – kolla med Planering och trafik."),
							reply(4, "Föreningen Umeå Bastuvänner vill gärna vara med och driva den."),
							note(5, HANDLER3, "Möte med Umeå Bastuvänner bokat.")),

				demoCase("overdue", 14, CaseKind.COMPLAINT, "Bygga och bo", "Tomtebo",
						"Byggbuller på kvällar i Tomtebo",
						"Bygget vid Tomtebo strand låter till långt efter klockan 19 flera kvällar i veckan.")
					.by("Fredrik Nilsson", "fredrik.nilsson" + MAIL)
					.then(route(0, planning), take(1, HANDLER2),
							status(2, HANDLER2, CaseStatus.INVESTIGATING, null,
									"Begärt bullermätning från byggherren. Miljötillsyn informerad.")),

				demoCase("planned", 30, CaseKind.PROPOSAL, "Gator och trafik", "Vasaplan i centrum",
						"Cykelparkering vid Vasaplan",
						"Det är omöjligt att hitta en ledig cykelparkering vid Vasaplan på morgonen. Fler ställ, gärna "
								+ "under tak.")
					.by("Sara Häggström", "sara.haggstrom" + MAIL)
					.publishable()
					.then(routeAndPublish(1, streets, "Cykelparkering vid Vasaplan",
							"Förslag om fler cykelställ, gärna under tak, vid Vasaplan."), take(1, HANDLER),
							handOver(2, HANDLER, planning,
									"Cykelparkering i centrum planeras i cykelprogrammet hos Planering och trafik."),
							take(3, HANDLER2), registry(3, HANDLER2, "KS-2026-00731"),
							status(6, HANDLER2, CaseStatus.PLANNED,
									"Vi bygger 120 nya cykelplatser vid Vasaplan, varav 40 under tak, när busshållplatsen "
											+ "byggs om nästa år. Tack för att du hörde av dig!",
									"Ingår i ombyggnaden av Vasaplan, etapp 2.")),

				demoCase("piloted", 45, CaseKind.IDEA, "Kultur och fritid", "Umeå stadsbibliotek",
						"Låna verktyg på biblioteket",
						"Låt oss låna verktyg som borrmaskin, stege och symaskin på biblioteket, som böcker.")
					.by("Johan Eriksson", "johan.eriksson" + MAIL)
					.publishable()
					.then(routeAndPublish(1, leisure, "Låna verktyg på biblioteket",
							"Idé om ett verktygsbibliotek där man lånar borrmaskin, stege och symaskin som böcker."),
							take(2, HANDLER3),
							status(10, HANDLER3, CaseStatus.PILOTED,
									"Vi testar i liten skala: från och med nästa månad kan du låna tio olika verktyg på "
											+ "Ersboda bibliotek. Efter ett halvår utvärderar vi.",
									"Samarbete med Återbruket. Försäkringsfrågan löst.")),

				demoCase("implemented", 60, CaseKind.PROPOSAL, "Parker och natur", "Nydalasjön",
						"Belysning på motionsspåret runt Nydalasjön",
						"Delar av spåret runt Nydalasjön är helt mörka. Belys hela slingan så att man kan springa där "
								+ "efter jobbet.")
					.by("Malin Berglund", "malin.berglund" + MAIL)
					.publishable()
					.then(routeAndPublish(1, streets, "Belysning runt Nydalasjön",
							"Förslag om belysning längs hela motionsslingan runt Nydalasjön."), take(2, LEAD),
							registry(2, LEAD, "KS-2026-00214"),
							status(3, LEAD, CaseStatus.PLANNED, "Belysningen byggs i höst.", null),
							status(45, HANDLER, CaseStatus.IMPLEMENTED,
									"Hela slingan runt Nydalasjön är nu belyst. Tack för förslaget – det är genomfört "
											+ "tack vare dig!",
									"Slutbesiktning godkänd.")),

				demoCase("declined", 25, CaseKind.PROPOSAL, "Bygga och bo", "Haga", "Stoppa förtätningen i Haga",
						"Bygg inga fler hus mellan de gamla trähusen i Haga. Stadsdelens karaktär försvinner.")
					.by("Gunnel Öhman", "gunnel.ohman" + MAIL)
					.then(route(1, planning), take(2, HANDLER2), status(8, HANDLER2, CaseStatus.DECLINED,
							"Vi kan inte stoppa all byggnation i Haga: översiktsplanen pekar ut området för viss "
									+ "förtätning. Detaljplanen för kvarteret Bävern ska däremot ta särskild "
									+ "hänsyn till trähusmiljön, och du kan lämna synpunkter vid samrådet i vår.",
							"Hänvisat till samrådet för detaljplan Bävern.")),

				demoCase("trafikverket", 12, CaseKind.COMPLAINT, "Gator och trafik", "E4 vid Teg",
						"Köer på E4 över Tegsbron",
						"Varje morgon står det still på E4 vid Tegsbron. Kan man inte styra om trafiken?")
					.by("Niklas Forsman", "niklas.forsman" + MAIL)
					.then(forward(1, COACH, "Trafikverket",
							"E4 och E12 genom Umeå är statliga vägar som Trafikverket ansvarar för. Vi har skickat dina "
									+ "synpunkter dit. Du når Trafikverket på 0771-921 921 eller trafikverket.se.")),

				demoCase("region", 20, CaseKind.QUESTION, "Omsorg och hälsa", "Ålidhem", "Vårdcentral på Ålidhem",
						"Varför finns det ingen vårdcentral på Ålidhem längre? Många äldre har svårt att ta sig till stan.")
					.by("Eva Holm", "eva.holm" + MAIL)
					.then(forward(2, COACH, "Region Västerbotten",
							"Vårdcentralerna drivs av Region Västerbotten, inte av kommunen. Vi har skickat din fråga "
									+ "dit. Du kan också kontakta regionen på 090-785 00 00 eller via 1177.se.")),

				demoCase("duplicate", 6, CaseKind.IDEA, "Kultur och fritid", "Broparken", "Vedeldad bastu i Broparken",
						"Vore det inte fint med en bastu vid älven i Broparken?")
					.by("Pekka Virtanen", "pekka.virtanen" + MAIL)
					.then(merge(1, "investigating",
							"Ett förslag om bastu vid älven utreds redan, och vi har slagit ihop ditt ärende med det.")),

				demoCase("withdrawn", 7, CaseKind.PROPOSAL, "Kultur och fritid", "Ersboda",
						"Fritidsgård öppen på söndagar", "Fritidsgården på Ersboda borde vara öppen på söndagar.")
					.by("Wilma Johansson", "wilma.johansson" + MAIL)
					.then(route(1, leisure), take(2, HANDLER3),
							message(2, HANDLER3, "Tack! Vi ser över öppettiderna inför våren."), withdraw(4)),

				demoCase("answered", 15, CaseKind.QUESTION, "Miljö och klimat", "Umeå", "Får man elda i trädgården?",
						"Får man elda trädgårdsavfall på tomten i Umeå?")
					.by("Lars Strand", "lars.strand" + MAIL)
					.then(route(1, streets), take(1, HANDLER), status(2, HANDLER, CaseStatus.ANSWERED,
							"Inom detaljplanerat område får du inte elda trädgårdsavfall. Lämna det i stället "
									+ "gratis på återvinningscentralerna Dåva och Ersboda, eller kompostera det.",
							null)),

				demoCase("praise", 3, CaseKind.PRAISE, "Gator och trafik", "Backen", "Snabb snöröjning i Backen",
						"Stort tack till plogförarna som hade röjt hela Backen innan sex i morse!")
					.by("Birgit Lund", "birgit.lund" + MAIL)
					.publishable()
					.then(answer(1, "Tack för berömmet – vi har skickat det vidare till vinterdriften!")));
	}

	private static List<DemoCase> pitea() {
		String streets = "Gata och park";
		String planning = "Plan och bygg";
		String leisure = "Fritid och idrott";
		return List.of(
				demoCase("new", 0, CaseKind.IDEA, "Kultur och fritid", "Pite Havsbad", "Utomhusscen vid Pite Havsbad",
						"Bygg en enkel scen vid stranden på Pite Havsbad där lokala band kan spela på sommarkvällar.")
					.by("Ellen Marklund", "ellen.marklund" + MAIL)
					.publishable(),

				demoCase("returned", 4, CaseKind.PROPOSAL, "Skola och förskola", "Norrfjärden",
						"Skolskjuts för fritidsbarn i Norrfjärden",
						"Barnen som går på fritids i Norrfjärden får ingen skolskjuts hem. Det borde finnas en sen tur.")
					.by("Anna Lundqvist", "anna.lundqvist" + MAIL)
					.then(route(0, leisure),
							returnToCoach(1, HANDLER3,
									"Skolskjuts sköts av Utbildningsförvaltningen, inte av Fritid och idrott.")),

				demoCase("routed", 1, CaseKind.COMPLAINT, "Gator och trafik", "Storgatan", "Ojämn gatsten på Storgatan",
						"Gatstenen på Storgatan vid Rådhuset har satt sig, och det är svårt att ta sig fram med rullator.")
					.by("Gunvor Bergman", "gunvor.bergman" + MAIL)
					.publishable()
					.then(routeAndPublish(0, streets, "Ojämn gatsten på Storgatan",
							"Synpunkt om ojämn gatsten på Storgatan vid Rådhuset som gör det svårt att gå med rullator.")),

				demoCase("taken", 5, CaseKind.PROPOSAL, "Parker och natur", "Badhusparken",
						"Fler bänkar i Badhusparken",
						"Det behövs fler bänkar i Badhusparken, särskilt nära lekplatsen.")
					.by("Tomas Nordlund", "tomas.nordlund" + MAIL)
					.then(route(1, streets), take(2, HANDLER),
							message(2, HANDLER,
									"Hej Tomas! Jag heter Emma och är din kontaktperson. Vi tittar på "
											+ "platser för nya bänkar och hör av oss inom två veckor.")),

				demoCase("investigating", 9, CaseKind.IDEA, "Kultur och fritid", "Öjebyn", "Isbana på Öjeby gärde",
						"Spola en isbana på gärdet i Öjebyn på vintern, med belysning, så att barnen kan åka skridskor på "
								+ "kvällarna.")
					.by("Jonas Lindqvist", "jonas.lindqvist" + MAIL)
					.publishable()
					.then(routeAndPublish(1, leisure, "Isbana i Öjebyn",
							"Idé om en spolad och belyst isbana på gärdet i Öjebyn under vintern."), take(1, HANDLER3),
							status(2, HANDLER3, CaseStatus.INVESTIGATING,
									"Vi undersöker om Öjebyns IF kan sköta spolningen mot föreningsbidrag och om det går "
											+ "att dra ström till belysningen.",
									"Kontakt med Öjebyns IF, ordförande Per."),
							reply(4, "Vi i föräldraföreningen kan hjälpa till med spolningen några kvällar i veckan."),
							note(5, HANDLER3, "Föräldraföreningen erbjuder hjälp, ta med i avtalet.")),

				demoCase("overdue", 14, CaseKind.COMPLAINT, "Bygga och bo", "Haraholmen",
						"Damm från bygget på Haraholmen",
						"Det dammar mycket från byggarbetsplatsen på Haraholmen, och vi kan inte ha fönstren öppna.")
					.by("Stina Öberg", "stina.oberg" + MAIL)
					.then(route(0, planning), take(1, HANDLER2),
							status(2, HANDLER2, CaseStatus.INVESTIGATING, null,
									"Platsbesök bokat med byggledaren. Miljö- och hälsoskydd underrättat.")),

				demoCase("planned", 30, CaseKind.PROPOSAL, "Gator och trafik", "Sundsgatan vid Strömnäsbadet",
						"Övergångsställe vid Strömnäsbadet",
						"Det är svårt för barn att korsa Sundsgatan på väg till Strömnäsbadet. Gör ett övergångsställe.")
					.by("Lena Granström", "lena.granstrom" + MAIL)
					.publishable()
					.then(routeAndPublish(1, leisure, "Övergångsställe vid Strömnäsbadet",
							"Förslag om ett säkert övergångsställe över Sundsgatan vid Strömnäsbadet."),
							take(1, HANDLER3),
							handOver(2, HANDLER3, streets,
									"Övergångsställen är en trafikfråga för Gata och park, inte för badet."),
							take(3, HANDLER), registry(3, HANDLER, "SBN 2026/318"),
							status(6, HANDLER, CaseStatus.PLANNED,
									"Vi bygger ett upphöjt övergångsställe vid Strömnäsbadet innan badsäsongen. Tack för "
											+ "förslaget!",
									"Ingår i trafiksäkerhetsplanen 2027.")),

				demoCase("piloted", 45, CaseKind.IDEA, "Gator och trafik", "Piteå centrum",
						"Gågata på Storgatan hela sommaren",
						"Gör hela Storgatan till gågata under sommaren, inte bara under Piteå Dansar och Ler.")
					.by("Erik Marklund", "erik.marklund" + MAIL)
					.publishable()
					.then(routeAndPublish(1, streets, "Gågata på Storgatan hela sommaren",
							"Idé om att låta Storgatan vara gågata hela sommaren."), take(2, HANDLER),
							status(12, HANDLER, CaseStatus.PILOTED,
									"Vi testar i liten skala: i juli är Storgatan gågata mellan Rådhustorget och "
											+ "Sundsgatan. Sedan frågar vi handlarna och besökarna hur det fungerade.",
									"Tillfällig lokal trafikföreskrift beslutad.")),

				demoCase("implemented", 60, CaseKind.PROPOSAL, "Parker och natur", "Norrstrand",
						"Hundrastgård på Norrstrand",
						"Det finns ingen inhägnad hundrastgård i centrala Piteå. Gör en på Norrstrand.")
					.by("Maja Holmström", "maja.holmstrom" + MAIL)
					.publishable()
					.then(routeAndPublish(1, streets, "Hundrastgård på Norrstrand",
							"Förslag om en inhägnad hundrastgård på Norrstrand."), take(2, LEAD),
							registry(2, LEAD, "SBN 2026/102"),
							status(4, LEAD, CaseStatus.PLANNED, "Hundrastgården byggs i vår.", null),
							status(40, HANDLER, CaseStatus.IMPLEMENTED,
									"Nu är hundrastgården på Norrstrand öppen, med bänkar och en vattenpost. Den finns "
											+ "tack vare ditt förslag!",
									"Invigd tillsammans med hundklubben.")),

				demoCase("declined", 25, CaseKind.PROPOSAL, "Kultur och fritid", "Rosvik", "Simhall i Rosvik",
						"Bygg en simhall i Rosvik så att barnen slipper åka in till stan för simundervisningen.")
					.by("Patrik Nyberg", "patrik.nyberg" + MAIL)
					.then(route(1, leisure), take(2, HANDLER3), status(9, HANDLER3, CaseStatus.DECLINED,
							"En simhall i Rosvik ryms inte i kommunens ekonomi: en ny simhall kostar över 100 "
									+ "miljoner kronor och Norrstrandsbadet räcker för kommunens behov. Skolan i "
									+ "Rosvik får i stället buss till simundervisningen från och med hösten.",
							null)),

				demoCase("trafikverket", 12, CaseKind.COMPLAINT, "Gator och trafik", "E4 vid Munksund",
						"Dålig sikt vid E4-korsningen i Munksund",
						"Buskarna vid korsningen mellan E4 och Munksundsvägen skymmer sikten.")
					.by("Viktor Sandström", "viktor.sandstrom" + MAIL)
					.then(forward(1, COACH, "Trafikverket",
							"E4 och korsningarna med den är Trafikverkets ansvar. Vi har skickat dina synpunkter dit. Du "
									+ "når Trafikverket på 0771-921 921 eller trafikverket.se.")),

				demoCase("region", 20, CaseKind.PROPOSAL, "Gator och trafik", "Piteå–Luleå",
						"Fler bussar mellan Piteå och Luleå",
						"Bussarna till Luleå är fulla på morgonen och många får stå hela vägen.")
					.by("Klara Wikström", "klara.wikstrom" + MAIL)
					.then(route(1, streets), take(2, HANDLER), forward(3, HANDLER,
							"Länstrafiken i Norrbotten (Region Norrbotten)",
							"Regionbussarna mellan Piteå och Luleå planeras av Länstrafiken i Norrbotten, som ägs "
									+ "av Region Norrbotten. Vi har skickat ditt förslag dit. Kontakta gärna "
									+ "Länstrafiken på 0771-100 110.")),

				demoCase("duplicate", 6, CaseKind.IDEA, "Kultur och fritid", "Öjebyn", "Skridskobana i Öjebyn",
						"Snälla, spola en skridskobana i Öjebyn i vinter!")
					.by("Alva Lindberg", "alva.lindberg" + MAIL)
					.then(merge(1, "investigating",
							"Ett förslag om isbana i Öjebyn utreds redan, och vi har slagit ihop ditt ärende med det.")),

				demoCase("withdrawn", 7, CaseKind.QUESTION, "Bygga och bo", "Pitholm", "Bygglov för altan",
						"Behöver jag bygglov för en altan på 25 kvadratmeter?")
					.by("Henrik Lundgren", "henrik.lundgren" + MAIL)
					.then(route(1, planning), withdraw(2)),

				demoCase("answered", 15, CaseKind.QUESTION, "Miljö och klimat", "Piteå",
						"Var lämnar jag gamla batterier?", "Var kan jag lämna gamla batterier och glödlampor i Piteå?")
					.by("Sven Öhman", "sven.ohman" + MAIL)
					.then(answer(1,
							"Batterier och glödlampor lämnar du i batteriholkarna i butikerna eller på "
									+ "återvinningscentralen Bredviksberget, som har öppet alla vardagar.")),

				demoCase("praise", 3, CaseKind.PRAISE, "Omsorg och hälsa", "Hemtjänsten i Hortlax",
						"Tack till hemtjänsten i Hortlax",
						"Personalen i hemtjänsten har varit fantastisk mot min mamma hela hösten. Tack!")
					.by("Eva Nilsson", "eva.nilsson" + MAIL)
					.then(answer(1, "Tack för att du tar dig tid att berömma! Vi har skickat dina ord vidare till "
							+ "hemtjänstgruppen i Hortlax.")));
	}

}
