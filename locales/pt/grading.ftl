### Exercícios nas lições, a fila de correção dos mentores e os boletins de notas.

## Exercícios dentro de uma lição

exercise-title = Exercício { $number }
exercise-kind-single = Escolha uma resposta
exercise-kind-multiple = Escolha todas as que se aplicam
exercise-kind-written = Resposta escrita
exercise-kind-notebook = Notebook
exercise-points = { $points ->
    [one] { $points } ponto
   *[other] { $points } pontos
}
exercise-score = { $score } de { $points ->
    [one] { $points } ponto
   *[other] { $points } pontos
}
exercise-choose-one = Escolha uma resposta
exercise-choose-all = Escolha todas as respostas certas
exercise-check = Verificar minha resposta
exercise-try-again = Responder de novo
exercise-result-right = Certo! Leia o porquê abaixo de cada opção.
exercise-result-wrong = Ainda não. Leia as explicações abaixo de cada opção e tente de novo.
exercise-option-right = Resposta certa
exercise-option-wrong = Esta não
exercise-your-answer = Sua resposta
exercise-submit = Enviar para meu/minha mentor(a)
exercise-resubmit = Enviar minha nova versão
exercise-sign-in = entre para responder e guardar seu trabalho.
exercise-waiting = Um(a) mentor(a) vai ler em breve; você receberá um e-mail.
exercise-mentor-grade-wins = Vale a nota do seu/sua mentor(a), seja qual for sua resposta agora.
exercise-rubric = Como os mentores avaliam
exercise-rubric-show = Ver como os mentores avaliam
exercise-feedback = Comentários
exercise-graded-by = { $mentor }, { $when }
exercise-attempts = Suas tentativas
exercise-attempt = Tentativa { $number }, { $when }
exercise-notebook-file = Arquivo do notebook (.ipynb)
exercise-notebook-hint = Baixe-o no JupyterLab (File › Download). Até { $max } MB. Ou cole um link abaixo.
exercise-notebook-link = Ou um link para o seu notebook (no seu hub, no GitHub ou em outro lugar)
exercise-notebook-download = Baixar { $file }
notebook-image = Imagem gerada pelo notebook

## Estados do trabalho

work-state-submitted = Aguardando um(a) mentor(a)
work-state-resubmitted = Nova versão aguardando
work-state-needs_revision = Revisão pedida
work-state-accepted = Aceito
work-state-graded = Avaliado

## Fila de correção

grading-title = Correção
grading-intro = Trabalhos entregues pelas pessoas que você orienta, os mais antigos primeiro. Abra um para avaliá-lo.
grading-filter-course = Curso
grading-filter-exercise = Exercício
grading-filter-state = Estado
grading-filter-any = Qualquer
grading-filter-submit = Mostrar
grading-filter-state-waiting = Aguardando um(a) mentor(a)
grading-filter-state-submitted = Entregues uma vez
grading-filter-state-resubmitted = Novas versões
grading-filter-state-needs_revision = Revisão pedida
grading-filter-state-accepted = Aceitos
grading-filter-state-graded = Avaliados
grading-filter-state-all = Todos
grading-empty = Nada por aqui. Quando as pessoas que você orienta entregarem trabalhos, eles aparecerão aqui.
grading-col-learner = Participante
grading-col-exercise = Exercício
grading-col-state = Estado
grading-col-submitted = Entregue
grading-col-assigned = Atribuído a
grading-attempts = { $count } tentativas
grading-chosen = Escolhida
grading-auto-graded = Avaliado automaticamente; sua nota o substitui.
grading-your-grade = Sua avaliação
grading-conflict-help = Alguém avaliou este trabalho enquanto você o tinha aberto: a avaliação está acima. Seus comentários continuam no formulário; revise-os e salve de novo se ainda quiser.
grading-total = Total:
grading-score-label = Pontos (de 0 a { $points })
grading-feedback = Comentários para quem aprende
grading-feedback-hint = Markdown: **negrito**, *itálico*, listas, `código` e links. A pessoa lê na lição e recebe por e-mail.
grading-decision = Decisão
grading-decision-accept = Aceitar
grading-decision-revise = Pedir uma revisão
grading-decision-score = Avaliar com pontos
grading-save = Salvar a avaliação
grading-assign = Quem avalia isto
grading-assign-to = Mentor(a)
grading-assign-anyone = Qualquer mentor(a) desta pessoa
grading-assign-save = Atribuir
grading-audit = Histórico de avaliações
grading-audit-auto = avaliado automaticamente
grading-audit-grade = avaliado
grading-audit-override = substituiu a nota automática
grading-audit-reassign = atribuído

## Boletins de notas

gradebook-title = Boletins de notas
gradebook-csv = Baixar em CSV
gradebook-empty = Ainda não há participantes.
gradebook-total = Total
gradebook-nothing = Nada entregue
gradebook-csv-name = Nome
gradebook-csv-email = E-mail
gradebook-csv-total = Total

## Mensagens após uma ação

notice-answer-checked = Resposta verificada.
notice-work-submitted = Enviado. Seu/sua mentor(a) vai ler.
notice-grade-saved = Avaliação salva. A pessoa recebe um e-mail.
notice-grade-assigned = Atribuição salva.
nav-grading = Correção

## Erros

error-exercise-choose = Escolha pelo menos uma resposta.
error-exercise-choose-one = Escolha exatamente uma resposta.
error-exercise-answer-kind = Esta resposta não corresponde a este exercício. Recarregue a página e tente de novo.
error-answer-empty = Escreva sua resposta antes de enviá-la.
error-answer-too-long = Está longo demais: no máximo { $max } caracteres.
error-work-waiting = Sua última versão aguarda um(a) mentor(a). Você poderá enviar outra quando pedirem uma revisão.
error-work-closed = Este exercício já foi avaliado.
error-notebook-missing = Escolha um arquivo de notebook ou cole um link.
error-notebook-extension = O arquivo deve ser um notebook terminado em .ipynb.
error-notebook-empty = O arquivo está vazio.
error-notebook-too-large = O notebook é grande demais: { $size } MB ({ $size_bytes } bytes); no máximo { $max } MB ({ $max_bytes } bytes). Apague as saídas (Edit › Clear Outputs of All Cells), salve e tente de novo.
error-notebook-json = Este não é um notebook válido: o JSON quebra na linha { $line }, coluna { $column }. Baixe-o de novo no JupyterLab.
error-notebook-not-notebook = Este arquivo JSON não é um notebook do Jupyter (não tem nbformat nem cells).
error-notebook-version = Este notebook usa a versão de formato { $found }; só a versão 4 é aceita. Abra-o no JupyterLab e salve de novo.
error-notebook-cell = A célula { $cell } do notebook está danificada (falta o tipo ou o conteúdo).
error-notebook-link = Cole um endereço web completo começando com https://.
error-grade-conflict = Alguém mudou este trabalho enquanto você o avaliava. Nada foi salvo.
error-grade-decision = Escolha uma decisão: aceitar, pedir uma revisão ou avaliar com pontos.
error-grade-feedback-needed = Diga à pessoa o que revisar.
error-grade-rubric-incomplete = Escolha um nível para cada critério da rubrica ({ $criterion } não tem).
error-grade-score = Dê um número inteiro de pontos de 0 a { $max }.
error-grade-mentor = Escolha um(a) mentor(a) da lista.

## Mentores do curso

course-mentors = Mentores deste curso
course-mentors-hint = Eles avaliam os exercícios escritos e os notebooks de todas as pessoas do curso.
course-mentors-none = Ainda não há mentores: só os mentores das coortes de cada pessoa avaliam o trabalho dela.
course-mentors-remove = Remover { $name }
course-mentors-add = Adicionar como mentor(a)
notice-course-mentors-saved = Os mentores do curso foram salvos.
error-exercise-not-enrolled = Inscreva-se neste curso para entregar os exercícios dele.
notebook-output = Saída do notebook (rola para os lados)
