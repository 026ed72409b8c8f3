/** Portuguese wording of the client documents (not yet checked by a native-speaking clinician). */
import type { Catalogue } from '../catalogue';

/** The Portuguese catalogue. */
export const CATALOGUE_PT: Catalogue = {
  'handout.metaTitle': 'Resumo da sessão de encerramento',
  'handout.heading': 'Olhar para trás, seguir em frente',
  'handout.for': 'Para {name}',
  'handout.intro':
    'Um registo do trabalho que fez, do que mudou e do que a/o vai ajudar a continuar.',
  'handout.key.date': 'Data',
  'handout.key.from': 'De',
  'handout.key.practice': 'Consultório',
  'handout.key.contact': 'Contacto',
  'handout.section.came-for': 'O que a/o trouxe cá',
  'handout.section.what-changed': 'O que mudou',
  'handout.section.achievements': 'O que conquistou',
  'handout.section.plan': 'O seu plano para continuar a crescer',
  'handout.section.safety-plan': 'O seu plano de segurança',
  'handout.section.referrals': 'A quem recorrer a seguir',
  'handout.section.crisis-lines': 'Se precisar de ajuda imediata',
  'handout.section.come-back': 'Voltar',
  'handout.section.goodbye': 'Umas palavras minhas',
  'handout.section.more': 'Mais das nossas sessões',
  'handout.sub.goalsToKeep': 'Objetivos para continuar a trabalhar',
  'handout.sub.skills': 'Estratégias que ajudam',
  'handout.sub.warningSigns': 'Sinais de alerta, o que faço, a quem ligo',
  'handout.sub.supportPeople': 'Pessoas que me apoiam',
  'handout.sub.achievements': 'Conquistas',
  'handout.sub.strengths': 'Os seus pontos fortes',
  'handout.sub.whatHelped': 'O que ajudou, nas suas palavras',
  'handout.sub.selfHelp': 'Livros, aplicações e outros recursos de autoajuda',
  'handout.goal.firstStep': '{goal} — primeiro passo: {step}',
  'handout.goals.caption': 'Os seus objetivos, de 0 a 10',
  'handout.goals.colGoal': 'Objetivo',
  'handout.goals.colStart': 'Início',
  'handout.goals.colNow': 'Agora',
  'handout.goals.colWords': 'Nas suas palavras',
  'handout.goals.chartTitle': 'Objetivos: onde começaram e onde estão agora',
  'handout.goals.chartDescription':
    '{count, plural, one {# objetivo, avaliado de 0 a 10.} other {# objetivos, cada um avaliado de 0 a 10.}}',
  'handout.goals.chartLine': '{goal}: de {start} para {now}.',
  'handout.safetyPlan.intro':
    'Guarde isto num sítio onde o possa encontrar. Siga os passos por ordem até se sentir mais seguro/a.',
  'handout.crisis.intro':
    'Se estiver em perigo ou sentir que não consegue manter-se em segurança, peça ajuda agora. Estas linhas estão disponíveis para si:',
  'handout.checkIn': 'Sessão de acompanhamento',
  'handout.reachMe': 'Como me contactar:',
  'handout.futureSelf.heading': 'Uma carta para o meu eu do futuro',
  'handout.futureSelf.intro':
    'Escrita na nossa última sessão, com as suas próprias palavras, para ler sempre que precisar.',
  'handout.checkIn.date': 'Data do acompanhamento: {date}',
  'crisis.how.call': 'Ligue',
  'crisis.how.text': 'Envie SMS',
  'crisis.how.chat': 'Chat',
  'crisis.how.web': 'Online',
  'safety.danger': 'Se estiver em perigo imediato, ligue agora para o {number}.',
  'safety.localEmergency': 'número de emergência da sua região',
  'safety.attribution':
    'Este plano segue os passos da Intervenção de Planeamento de Segurança (Stanley e Brown, 2012), com as nossas próprias palavras.',
  'safety.step.warningSigns': 'Sinais de que uma crise pode estar a aproximar-se',
  'safety.step.copingAlone': 'O que posso fazer sozinho/a para lidar com isto',
  'safety.step.distractions': 'Pessoas e lugares que me ajudam a distrair',
  'safety.step.askForHelp': 'Pessoas a quem posso pedir ajuda',
  'safety.step.professionals': 'Profissionais e linhas de crise que posso contactar',
  'safety.step.saferSurroundings': 'Tornar o meu ambiente mais seguro',
  'safety.step.reasonsForLiving': 'O que faz a minha vida valer a pena',
  'letter.metaTitle': 'Carta',
  'letter.opening':
    'Olá, {clientName},\n\nHá algum tempo que não tenho notícias suas e quis escrever-lhe em vez de deixar o nosso trabalho terminar sem uma palavra. As pessoas afastam-se da terapia por muitas boas razões, e não precisa de dar nenhuma explicação.',
  'letter.clinicalMiddle':
    'Ao olhar para o nosso trabalho em conjunto, quero reconhecer o esforço que dedicou. Abaixo está um breve resumo de como estavam as coisas quando nos vimos pela última vez, caso lhe seja útil, a si ou a quem consultar a seguir.',
  'letter.closing':
    'Como não conseguimos marcar outra sessão, vou encerrar o seu processo por agora. Isso não fecha a porta: se quiser retomar, ou simplesmente falar sobre o que poderia ajudar, pode contactar-me pelo {practicePhone} ou por {practiceEmail}.\n\nSe preferir consultar outra pessoa, os serviços indicados abaixo são um bom ponto de partida. E se alguma vez se sentir em perigo ou sem forças, use as linhas de crise desta carta — não precisa de esperar.\n\nDesejo-lhe tudo de bom.\n\nCom os melhores cumprimentos,\n{clinicianName}',
  'letter.workedOn': 'Em que trabalhámos',
  'letter.goalLine': '{goal} (de {start} para {now} em 10)',
  'letter.seemedToHelp': 'O que pareceu ajudar',
  'letter.otherPlaces': 'Outros sítios a que pode recorrer',
  'letter.crisisTitle': 'Se precisar de ajuda imediata',
  'letter.crisisIntro': 'Estas linhas estão disponíveis dia e noite:',
  'letter.confidential': 'Privado e confidencial',
  'letter.datesOfCare': 'Período de acompanhamento: de {from} a {to}',
  'letter.closingDate': 'Data de encerramento do seu processo: {date}',
  'letter.closingSession':
    'Se quiser terminar o nosso trabalho com uma sessão de encerramento — para olhar para o que mudou e planear o que vem a seguir —, terei todo o gosto em oferecer-lha. Basta dizer-me.',
  'transfer.metaTitle': 'Transferência do acompanhamento',
  'transfer.opening':
    'Olá, {clientName},\n\nComo conversámos, escrevo para confirmar que o seu acompanhamento vai passar para outra pessoa.',
  'transfer.receiving':
    'A partir de {handoverDate}, o seu acompanhamento ficará a cargo de {receiving}.',
  'transfer.receivingNoDate': 'O seu acompanhamento ficará a cargo de {receiving}.',
  'transfer.contact': 'Pode contactá-los através de {contact}.',
  'transfer.shared': 'Com o seu consentimento, partilhei: {shared}',
  'transfer.closing':
    'Obrigado pelo trabalho que fizemos juntos. Foi um privilégio, e desejo-lhe tudo de bom.\n\nCom os melhores cumprimentos,\n{clinicianName}',
  'ack.opening':
    'Olá, {clientName},\n\nObrigado por me ter dito que decidiu terminar as nossas sessões. Respeito a sua decisão, e não precisa de fazer nem explicar mais nada.',
  'ack.door':
    'Se um dia quiser voltar, ou gostar de ter uma sessão de encerramento, pode contactar-me. Sem qualquer pressão.',
  'ack.contact': 'Pode contactar-me através de {contacts}.',
  'ack.closing': 'Desejo-lhe tudo de bom.\n\nCom os melhores cumprimentos,\n{clinicianName}',
  'records.title': 'O seu processo',
  'records.confidential':
    'O que partilhou comigo continua confidencial agora que o nosso trabalho terminou, dentro dos limites de que falámos no início.',
  'records.kept':
    'O seu processo é guardado em segurança durante {years, plural, one {# ano} other {# anos}} após a nossa última sessão e depois destruído de forma segura.',
  'records.access': 'Pode pedir uma cópia do seu processo a qualquer momento.',
  'records.contact': 'Para isso, contacte {contact}.',
  'page.label': 'Página {page} de {total}',
  'client.measure.title': 'As suas pontuações no {measure} ao longo do tempo',
  'client.measure.topic.phq-9': 'o humor em baixo',
  'client.measure.topic.gad-7': 'a preocupação e a ansiedade',
  'client.measure.about': 'O {measure} é um questionário curto sobre {topic}.',
  'client.measure.lowerBetter': 'Pontuações mais baixas significam que a/o incomodou menos.',
  'client.measure.higherBetter':
    'Pontuações mais altas significam que as coisas estavam a correr melhor.',
  'client.measure.none': 'Ainda não há pontuações no {measure}.',
  'client.measure.one': 'Teve {score} em {date}.',
  'client.measure.fromTo':
    'As suas pontuações passaram de {first} em {firstDate} para {last} em {lastDate}.',
  'client.measure.realChangeBetter': 'É uma mudança maior do que os altos e baixos do dia a dia.',
  'client.measure.realChangeWorse':
    'As suas pontuações subiram mais do que os altos e baixos do dia a dia; vale a pena falar disto com alguém de confiança.',
  'client.measure.screening': 'Um questionário de rastreio, não um diagnóstico.',
  'client.measure.tableCaption': 'As suas pontuações no {measure}',
  'client.measure.colDate': 'Data',
  'client.measure.colScore': 'Pontuação',
  'client.measure.colBand': 'Quanto a/o incomodou',
  'client.band.1': 'Quase nada',
  'client.band.2': 'Um pouco',
  'client.band.3': 'Bastante',
  'client.band.4': 'Muito',
  'client.band.5': 'Muitíssimo',
  'client.crisis.localEmergencyName': 'O número de emergência da sua região',
  'client.crisis.localEmergencyInstructions':
    'Se estiver em perigo imediato, ligue agora para o número de emergência da sua região.',
};
