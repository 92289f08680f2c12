# Coortes do Open Seeds: cronogramas, pessoas, projetos, presença, marcos, a trilha de cada
# participante e o painel da equipe organizadora. Uma "coorte" é uma edição do OLS Open Seeds de cerca de 16 semanas.

## Listas e navegação

nav-cohorts = Coortes
admin-cohorts = Coortes
cohorts-title = Coortes do Open Seeds
cohorts-admin-title = Gerenciar coortes
cohorts-manage = Importar ou criar uma coorte
cohorts-empty = Você ainda não faz parte de nenhuma coorte.
cohort-title = Coorte
cohort-my-track = Minha trilha
cohort-mentees = Pessoas que eu mentoro
cohort-dashboard = Painel
cohort-schedule = Cronograma
cohort-projects = Projetos
cohort-project = Projeto
cohort-milestones = Marcos
cohort-settings = Configurações
cohort-exports = Exportar
cohort-handle = Nome de usuário do GitHub ou e-mail
cohort-behind = Com atraso
# $zone é o nome IANA de um fuso horário, como America/Montevideo
cohort-times-in = Os horários são exibidos no fuso horário { $zone }.
# $number é o número da semana ("03"), $start a data em que ela começa
cohort-week = Semana { $number } · a partir de { $start }
cohort-week-n = Semana { $number }
cohort-week-short = Semana
cohort-this-week = Esta semana
cohort-no-calls = Não há chamadas nesta semana.

## Funções, situações, tipos de chamada, marcos

cohort-role-participant = Participante
cohort-role-mentor = Mentor(a)
cohort-role-expert = Especialista
cohort-role-facilitator = Facilitador(a)
cohort-role-organizer = Organizador(a)
cohort-role-host = Anfitrião(ã)
cohort-status-planned = Planejada
cohort-status-running = Em andamento
cohort-status-finished = Encerrada
call-kind-cohort = Chamada da coorte
call-kind-mentor-meeting = Reunião de mentoria
call-kind-mentor-training = Formação de mentores
call-kind-skill-up = Oficina de habilidades
call-kind-qa = Perguntas e respostas
call-kind-coworking = Sessão de coworking
call-kind-rehearsal = Ensaio
call-kind-graduation = Formatura
call-kind-other = Outra chamada
milestone-roadmap = Roteiro do projeto
milestone-licence = Licença escolhida
milestone-code-of-conduct = Código de conduta
milestone-readme = README
milestone-contributing = Guia de contribuição
milestone-final-presentation = Apresentação final
milestone-tick = Marcar como alcançado
milestone-untick = Desfazer

## Chamadas

call-minutes = { $minutes } min
call-hosts = Responsáveis:
call-notes = Anotações
call-take-attendance = Registrar presença

## Importação

cohorts-import = Importar dos arquivos do OLS
cohorts-import-intro = Envie os arquivos schedule.yaml, projects.yaml e metadata.yaml da coorte do jeito que estão no site do OLS e, se tiver, um CSV de participantes. Antes que qualquer coisa seja salva, você verá o que mudaria.
cohorts-csv-columns = Colunas do CSV de participantes: name, email, role, institution, github_username, preferred_language, project. A primeira linha traz os nomes das colunas.
cohorts-import-submit = Pré-visualizar a importação
field-cohort-slug = Nome curto
cohort-slug-hint = Letras minúsculas, números e hifens, por exemplo ols-10-catalyst. Importar de novo com o mesmo nome curto atualiza essa coorte.
field-cohort-name = Nome da coorte
field-cohort-programme = Programa
field-timezone = Fuso horário
timezone-hint = Um nome IANA como UTC, America/Montevideo ou Africa/Nairobi. Os horários dos arquivos são lidos neste fuso horário.
field-schedule-yaml = schedule.yaml
field-projects-yaml = projects.yaml
field-metadata-yaml = metadata.yaml
field-participants-csv = Participantes (CSV)
import-review-title = Revise a importação
import-creates = Ao aplicar, esta coorte será criada.
import-updates = Já existe uma coorte com este nome curto: ao aplicar, ela será atualizada.
import-weeks = Semanas
import-calls = Chamadas
import-unchanged = sem alterações
import-projects-new = Projetos novos
import-projects-changed = Projetos atualizados
import-people = Pessoas
import-matched = Vinculadas a uma conta ({ $count })
import-invited = Receberão um convite por e-mail, no próprio idioma ({ $count })
import-unmatched = Sem conta vinculada ({ $count })
import-unmatched-hint = Essas pessoas ficam registradas pelo nome de usuário do GitHub. Elas serão vinculadas assim que alguém com esse nome de usuário do GitHub tiver uma conta; você também pode convidá-las.
import-rejected = Ficaram de fora
import-fatal = Problemas que impedem a importação
# $line é um número de linha do arquivo
import-line = linha { $line }
import-apply = Aplicar a importação
import-cannot-apply = Corrija os problemas acima e envie os arquivos novamente.
import-already-applied = Esta importação já foi aplicada.
import-open-cohort = Abrir a coorte
import-upload-again = Enviar outros arquivos
# $detail é o texto que estava errado, ou o que o analisador de YAML informou
import-yaml-invalid = Isto não é um YAML válido: { $detail }
import-csv-invalid = Este não é um arquivo CSV válido: { $detail }
import-csv-unclosed-quote = Aqui começa um campo entre aspas que nunca é fechado.
import-csv-columns = A primeira linha precisa trazer pelo menos as colunas name, email e role (encontrado: { $detail }).
import-no-weeks = O cronograma não tem semanas.
import-schedule-required = Uma coorte nova precisa do seu schedule.yaml.
import-name-required = Uma coorte nova precisa de um nome.
import-slug-invalid = "{ $detail }" não é um nome curto válido: use letras minúsculas, números e hifens.
import-timezone-invalid = "{ $detail }" não é um nome de fuso horário como UTC ou America/Montevideo.
import-week-key-invalid = "{ $detail }" não é um número de semana como '03'.
import-week-no-start = A semana { $detail } não tem data de início.
import-date-invalid = "{ $detail }" não é uma data no formato dos arquivos do OLS, por exemplo September 13, 2027.
import-time-invalid = "{ $detail }" não é um horário como 17:00.
import-duration-invalid = "{ $detail }" não é uma duração como 90 min.
import-call-no-title = Uma chamada sem título ({ $detail }).
import-project-no-name = Um projeto sem nome ({ $detail }).
import-project-duplicate = O projeto "{ $detail }" aparece duas vezes.
import-row-no-name = Falta o nome.
import-row-email-invalid = "{ $detail }" não é um endereço de e-mail.
import-row-role-invalid = "{ $detail }" não é uma função: use participant, mentor, expert, facilitator, organizer ou host.
import-row-institution-unknown = Não há nenhuma instituição parceira chamada "{ $detail }". Adicione-a primeiro ou deixe a célula vazia.
import-row-language-invalid = "{ $detail }" não é um idioma disponível aqui: use en, es ou pt.
import-row-github-invalid = "{ $detail }" não é um nome de usuário do GitHub.
import-row-project-unknown = Não há nenhum projeto chamado "{ $detail }" nesta coorte.
import-file-too-large = Um arquivo é grande demais (no máximo 512 KB).
import-not-utf8 = Um arquivo não está em texto UTF-8. Salve-o como UTF-8 e envie-o novamente.
import-has-errors = Esta importação tem problemas que precisam ser corrigidos primeiro.

## Criação manual, configurações, chamadas

cohorts-create = Criar uma coorte manualmente
cohorts-create-submit = Criar a coorte
field-cohort-start = A primeira semana começa em
field-cohort-weeks = Número de semanas
field-cohort-status = Situação
field-cohort-courses = Cursos obrigatórios
cohort-courses-hint = Nomes curtos dos cursos, separados por vírgulas. As pessoas participantes são inscritas neles.
field-cohort-hub-group = Grupo no JupyterHub
cohort-hub-group-hint = Os integrantes entram neste grupo no hub da própria instituição (deixe em branco se não houver grupo).
field-missed-calls-alert = Destacar depois de faltar a esta quantidade de chamadas seguidas
field-inactive-weeks-alert = Destacar depois desta quantidade de semanas sem progresso nos cursos
cohort-sync-hubs = Criar contas no hub para toda a coorte
cohort-add-call = Adicionar uma chamada
cohort-add-call-submit = Adicionar a chamada
field-call-week = Semana
field-call-kind = Tipo de chamada
field-call-title = Título
field-call-date = Data
field-call-time = Horário
field-call-duration = Duração
field-call-hosts = Responsáveis
call-hosts-hint = Nomes de usuário do GitHub ou e-mails, separados por vírgulas.
error-cohort-exists = Já existe uma coorte com este nome curto.
error-cohort-status-invalid = Escolha uma situação da lista.
error-number-invalid = Informe um número inteiro entre 0 e 52.
error-call-kind-invalid = Escolha um tipo de chamada da lista.
error-title-required = Informe um título.
error-time-invalid = Informe um horário como 17:00.
error-duration-invalid = Informe uma duração como 90 min.
notice-cohort-created = A coorte foi criada. Adicione as chamadas dela abaixo.
notice-cohort-imported = A coorte foi importada. Os convites já estão a caminho.
notice-cohort-saved = As configurações foram salvas.
notice-call-added = A chamada foi adicionada.

## Presença

attendance-title = Presença
attendance-who = Quem esteve presente?
attendance-nobody = Ainda não há ninguém previsto para esta chamada.
attendance-reported = Informada pela pessoa participante
attendance-save = Salvar a presença
attendance-status-present = Presente
attendance-status-absent = Ausente
attendance-status-reported = Aguardando confirmação da mentoria
attendance-status-not-recorded = Não registrada
notice-attendance-saved = A presença foi salva.
notice-attendance-reported = Agradecemos. Sua mentora ou seu mentor vai confirmar.
notice-attendance-confirmed = Confirmado.
notice-milestone-saved = O marco foi salvo.

## A trilha de cada participante

track-title = Minha trilha
track-courses = Cursos obrigatórios
track-no-courses = Esta coorte não tem cursos obrigatórios.
track-project = Projeto e marcos
track-no-project = Você ainda não faz parte de nenhum projeto.
track-attendance = Chamadas até agora
track-status = Presença
track-i-attended = Eu estive presente
track-to-confirm = Reuniões a confirmar
track-confirm = Confirmar
project-title = Projeto

## Painel e calendário

dashboard-cohort-title = Painel da coorte
dashboard-behind-only = Somente quem está ficando para trás
# $total pessoas exibidas, $behind delas com atraso
dashboard-summary = { $total } pessoas, { $behind } com atraso.
dashboard-csv = Baixar como CSV
filter-all = Todos
filter-apply = Mostrar
behind-attendance = Faltas seguidas às chamadas
behind-courses = Sem progresso recente nos cursos
cohort-chart-attendance = Presença por semana
cohort-chart-completion = Participantes que concluíram todos os cursos obrigatórios, por semana
cohort-calendar = Calendário
cohort-calendar-hint = Adicione estes links ao seu aplicativo de agenda para ver as chamadas no seu próprio fuso horário. Não os compartilhe: eles funcionam sem entrar na conta.
cohort-calendar-mine = Minhas chamadas
cohort-calendar-all = Todas as chamadas desta coorte

# Reivindicações: pessoas que digitaram um nome de usuário do GitHub citado nos arquivos da coorte.
cohort-claims = Nomes de usuário do GitHub reivindicados
cohort-claims-none = Ninguém está aguardando confirmação.
cohort-claims-hint = Essas pessoas digitaram um nome de usuário do GitHub citado nos arquivos desta coorte. Digitar um nome de usuário não prova nada: confirme só se você sabe que a conta é da pessoa. Ao confirmar, ela recebe os papéis listados; ao recusar, o nome de usuário é retirado dela.
cohort-claim-confirm = Confirmar
cohort-claim-reject = Recusar
notice-claim-confirmed = Reivindicação confirmada. A pessoa agora tem os papéis desse nome de usuário na coorte.
notice-claim-rejected = Reivindicação recusada.
error-claim-decided = Essa reivindicação já foi decidida.
error-claim-stale = Essa pessoa não usa mais esse nome de usuário do GitHub, então não há nada para confirmar.
error-claim-decision = Escolha se vai confirmar ou recusar a reivindicação.
import-yaml-aliases = Este arquivo repete conteúdo com aliases de YAML (*nome) além do que uma importação permite ({ $detail } referências); os arquivos da OLS não usam nenhum. Escreva os valores por extenso.
import-file-wrong-kind = Este não é o arquivo esperado neste campo: ele parece { $detail }. Envie cada arquivo no campo certo.
import-file-unknown-kind = Este arquivo não parece nenhum arquivo de coorte da OLS (schedule, projects, metadata) nem um CSV de participantes.
import-week-start-inferred = Uma semana estava sem data de início; ela foi deduzida das semanas vizinhas ou das chamadas dela: semana { $detail }.
import-personal-fields-kept = Dados pessoais que o app não usa serão guardados só para voltar na exportação: { $detail }. Se não devem ser guardados, tire-os do arquivo antes de aplicar.
import-fields-kept = Campos que o app não usa serão mantidos para voltar na exportação: { $detail }.
import-plan-stale = Uma coorte com este endereço foi criada ou removida depois que estes arquivos foram verificados. A prévia foi atualizada: confira e aplique de novo.
import-notices = Bom saber
