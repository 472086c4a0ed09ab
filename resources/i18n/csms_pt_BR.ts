<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name></name>
    <message>
        <source>Brazil</source>
        <translation>Brasil</translation>
    </message>
    <message>
        <source>Thailand</source>
        <translation>Tailândia</translation>
    </message>
    <message>
        <source>Portugal</source>
        <translation>Portugal</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>Estados Unidos</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>Alemanha</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Reino Unido</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>Novo cliente</translation>
    </message>
    <message>
        <source>Add client</source>
        <translation>Adicionar cliente</translation>
    </message>
    <message>
        <source>Client {number} – {name}</source>
        <translation>Cliente {number} – {name}</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Salvar alterações</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sem nome)</translation>
    </message>
    <message>
        <source>No drivers yet: assign them on the Drivers page.</source>
        <translation>Ainda sem motoristas: atribua-os na página Motoristas.</translation>
    </message>
    <message>
        <source>Delete client</source>
        <translation>Excluir cliente</translation>
    </message>
    <message>
        <source>Delete this client? Its drivers stay, without client.</source>
        <translation>Excluir este cliente? Seus motoristas permanecem, sem cliente.</translation>
    </message>
    <message>
        <source>Search name, client number or tax id</source>
        <translation>Buscar nome, número do cliente ou CPF/CNPJ</translation>
    </message>
    <message>
        <source>Import JSON…</source>
        <translation>Importar JSON…</translation>
    </message>
    <message>
        <source>Export JSON…</source>
        <translation>Exportar JSON…</translation>
    </message>
    <message>
        <source>Client saved.</source>
        <translation>Cliente salvo.</translation>
    </message>
    <message>
        <source>Import clients</source>
        <translation>Importar clientes</translation>
    </message>
    <message>
        <source>JSON (*.json);;All files (*)</source>
        <translation>JSON (*.json);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation>Importando {file}…</translation>
    </message>
    <message>
        <source>Imported {count} client</source>
        <translation>{count} cliente importado</translation>
    </message>
    <message>
        <source>Imported {count} clients</source>
        <translation>{count} clientes importados</translation>
    </message>
    <message>
        <source>{count} failed</source>
        <translation>{count} com falha</translation>
    </message>
    <message>
        <source>{count} warning</source>
        <translation>{count} aviso</translation>
    </message>
    <message>
        <source>{count} warnings</source>
        <translation>{count} avisos</translation>
    </message>
    <message>
        <source>{summary} – details in the tooltip.</source>
        <translation>{summary} – detalhes na dica de ferramenta.</translation>
    </message>
    <message>
        <source>Export clients</source>
        <translation>Exportar clientes</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Wrote {path}</source>
        <translation>Gravado {path}</translation>
    </message>
    <message>
        <source>Peak</source>
        <translation>Ponta</translation>
    </message>
    <message>
        <source>Site default</source>
        <translation>Padrão do local</translation>
    </message>
    <message>
        <source>New tariff</source>
        <translation>Nova tarifa</translation>
    </message>
    <message>
        <source>Tariff {name} · {owner} · effective {since}</source>
        <translation>Tarifa {name} · {owner} · vigente desde {since}</translation>
    </message>
    <message>
        <source>site default</source>
        <translation>padrão do local</translation>
    </message>
    <message>
        <source>Tariff added.</source>
        <translation>Tarifa adicionada.</translation>
    </message>
    <message>
        <source>New tariff for {owner}; {name} keeps the sessions it priced.</source>
        <translation>Nova tarifa para {owner}; {name} mantém as sessões de recarga que precificou.</translation>
    </message>
    <message>
        <source>the site</source>
        <translation>o local</translation>
    </message>
    <message>
        <source>Tariff {name} deleted.</source>
        <translation>Tarifa {name} excluída.</translation>
    </message>
    <message>
        <source>{min} to {max} characters</source>
        <translation>{min} a {max} caracteres</translation>
    </message>
    <message>
        <source>set (the charger must send it)</source>
        <translation>definida (o carregador deve enviá-la)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhuma</translation>
    </message>
    <message>
        <source>Connector {number}</source>
        <translation>Conector {number}</translation>
    </message>
    <message>
        <source>No connector has reported yet</source>
        <translation>Nenhum conector se apresentou ainda</translation>
    </message>
    <message>
        <source>Not saved: {count} field needs attention</source>
        <translation>Não salvo: {count} campo precisa de atenção</translation>
    </message>
    <message>
        <source>Not saved: {count} fields need attention</source>
        <translation>Não salvo: {count} campos precisam de atenção</translation>
    </message>
    <message>
        <source>Saved {name} ({id})</source>
        <translation>{name} ({id}) salvo</translation>
    </message>
    <message>
        <source>use {min} to {max} characters</source>
        <translation>use {min} a {max} caracteres</translation>
    </message>
    <message>
        <source>printable characters only, no colon</source>
        <translation>somente caracteres imprimíveis, sem dois-pontos</translation>
    </message>
    <message>
        <source>Password of {id} set; configure the same on the charger</source>
        <translation>Senha de {id} definida; configure a mesma no carregador</translation>
    </message>
    <message>
        <source>Password of {id} removed</source>
        <translation>Senha de {id} removida</translation>
    </message>
    <message>
        <source>full list, {count} entries</source>
        <translation>lista completa, {count} entradas</translation>
    </message>
    <message>
        <source>up to date</source>
        <translation>atualizada</translation>
    </message>
    <message>
        <source>no local list on this charger</source>
        <translation>este carregador não tem lista local</translation>
    </message>
    <message>
        <source>Each charger keeps a list of accepted and blocked tags so it can decide while offline. Changes to drivers and tags are sent automatically (blocks at once); a charger gets its list when it boots.</source>
        <translation>Cada carregador guarda uma lista de tags aceitas e bloqueadas para decidir mesmo offline. Alterações de motoristas e tags são enviadas automaticamente (bloqueios na hora); um carregador recebe sua lista ao ligar.</translation>
    </message>
    <message>
        <source>Sync selected</source>
        <translation>Sincronizar selecionado</translation>
    </message>
    <message>
        <source>Send full list to selected</source>
        <translation>Enviar lista completa ao selecionado</translation>
    </message>
    <message>
        <source>Sync all connected</source>
        <translation>Sincronizar todos os conectados</translation>
    </message>
    <message>
        <source>Select a charge point first</source>
        <translation>Selecione um carregador primeiro</translation>
    </message>
    <message>
        <source>Local list for {charger}</source>
        <translation>Lista local de {charger}</translation>
    </message>
    <message>
        <source>Local lists of every connected charger</source>
        <translation>Listas locais de todos os carregadores conectados</translation>
    </message>
    <message>
        <source>No charger is connected</source>
        <translation>Nenhum carregador está conectado</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Ativo</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expirado</translation>
    </message>
    <message>
        <source>Accepted</source>
        <comment>tag</comment>
        <translation>Aceita</translation>
    </message>
    <message>
        <source>Blocked</source>
        <comment>tag</comment>
        <translation>Bloqueada</translation>
    </message>
    <message>
        <source>Expired</source>
        <comment>tag</comment>
        <translation>Expirada</translation>
    </message>
    <message>
        <source>Invalid</source>
        <comment>tag</comment>
        <translation>Inválida</translation>
    </message>
    <message>
        <source>Electric</source>
        <translation>Elétrico</translation>
    </message>
    <message>
        <source>Hybrid</source>
        <translation>Híbrido</translation>
    </message>
    <message>
        <source>Plug-in hybrid</source>
        <translation>Híbrido plug-in</translation>
    </message>
    <message>
        <source>Vehicle {plate} added</source>
        <translation>Veículo {plate} adicionado</translation>
    </message>
    <message>
        <source>Vehicle {plate} saved</source>
        <translation>Veículo {plate} salvo</translation>
    </message>
    <message>
        <source>Vehicle removed</source>
        <translation>Veículo removido</translation>
    </message>
    <message>
        <source>Tag {tag} added; chargers&apos; local lists follow</source>
        <translation>Tag {tag} adicionada; as listas locais dos carregadores acompanham</translation>
    </message>
    <message>
        <source>Tag {tag} saved</source>
        <translation>Tag {tag} salva</translation>
    </message>
    <message>
        <source>Tag removed</source>
        <translation>Tag removida</translation>
    </message>
    <message>
        <source>Last unknown card: {tag} at {charger} ({time})</source>
        <translation>Último cartão desconhecido: {tag} em {charger} ({time})</translation>
    </message>
    <message>
        <source>Waiting for a card… (click to stop)</source>
        <translation>Aguardando um cartão… (clique para parar)</translation>
    </message>
    <message>
        <source>Present the new card at any charger now</source>
        <translation>Apresente o novo cartão em qualquer carregador agora</translation>
    </message>
    <message>
        <source>No card was presented within 2 minutes</source>
        <translation>Nenhum cartão foi apresentado em 2 minutos</translation>
    </message>
    <message>
        <source>Card {tag} presented at {charger}: check the details and click Add tag</source>
        <translation>Cartão {tag} apresentado em {charger}: confira os dados e clique em Adicionar tag</translation>
    </message>
    <message>
        <source>Register the next presented card</source>
        <translation>Cadastrar o próximo cartão apresentado</translation>
    </message>
    <message>
        <source>Link to vehicle</source>
        <translation>Vincular ao veículo</translation>
    </message>
    <message>
        <source>Selected transaction:</source>
        <translation>Transação selecionada:</translation>
    </message>
    <message>
        <source>— no vehicle —</source>
        <translation>— sem veículo —</translation>
    </message>
    <message>
        <source>no cost yet</source>
        <translation>ainda sem custo</translation>
    </message>
    <message>
        <source>{count} session, {energy} kWh, {costs}</source>
        <translation>{count} sessão, {energy} kWh, {costs}</translation>
    </message>
    <message>
        <source>{count} sessions, {energy} kWh, {costs}</source>
        <translation>{count} sessões, {energy} kWh, {costs}</translation>
    </message>
    <message>
        <source>Select a transaction first</source>
        <translation>Selecione uma transação primeiro</translation>
    </message>
    <message>
        <source>Transaction {id} linked to {vehicle}</source>
        <translation>Transação {id} vinculada a {vehicle}</translation>
    </message>
    <message>
        <source>At least {count} characters</source>
        <translation>Pelo menos {count} caracteres</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>Criando…</translation>
    </message>
    <message>
        <source>Create administrator</source>
        <translation>Criar administrador</translation>
    </message>
    <message>
        <source>Enter your username.</source>
        <translation>Digite seu usuário.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Digite sua senha.</translation>
    </message>
    <message>
        <source>Wrong username or password, or the account is deactivated.</source>
        <translation>Usuário ou senha incorretos, ou a conta está desativada.</translation>
    </message>
    <message>
        <source>Wrong username or password, or the account is deactivated. Try again in {seconds} s.</source>
        <translation>Usuário ou senha incorretos, ou a conta está desativada. Tente novamente em {seconds} s.</translation>
    </message>
    <message>
        <source>Cannot sign in: {error}</source>
        <translation>Não foi possível entrar: {error}</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Entrar</translation>
    </message>
    <message>
        <source>Change the password of &lt;b&gt;{username}&lt;/b&gt;.</source>
        <translation>Alterar a senha de &lt;b&gt;{username}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>enter your current password</source>
        <translation>digite sua senha atual</translation>
    </message>
    <message>
        <source>Drivers</source>
        <translation>Motoristas</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation>Veículos</translation>
    </message>
    <message>
        <source>Tags (RFID cards)</source>
        <translation>Tags (cartões RFID)</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— nenhum —</translation>
    </message>
    <message>
        <source>New driver</source>
        <translation>Novo motorista</translation>
    </message>
    <message>
        <source>Register driver</source>
        <translation>Cadastrar motorista</translation>
    </message>
    <message>
        <source>Driver: {name}</source>
        <translation>Motorista: {name}</translation>
    </message>
    <message>
        <source>Unblock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Bloquear</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <source>CSV import report</source>
        <translation>Relatório de importação CSV</translation>
    </message>
    <message>
        <source>Close report</source>
        <translation>Fechar relatório</translation>
    </message>
    <message>
        <source>{source}, {count} row</source>
        <translation>{source}, {count} linha</translation>
    </message>
    <message>
        <source>{source}, {count} rows</source>
        <translation>{source}, {count} linhas</translation>
    </message>
    <message>
        <source>Search: phone as typed, name, e-mail, plate or tag</source>
        <translation>Buscar: telefone como digitado, nome, e-mail, placa ou tag</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>Importar CSV…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Histórico</translation>
    </message>
    <message>
        <source>Local authorization lists</source>
        <translation>Listas locais de autorização</translation>
    </message>
    <message>
        <source>{count} driver</source>
        <translation>{count} motorista</translation>
    </message>
    <message>
        <source>{count} drivers</source>
        <translation>{count} motoristas</translation>
    </message>
    <message>
        <source>Driver {name} registered ({phone})</source>
        <translation>Motorista {name} cadastrado ({phone})</translation>
    </message>
    <message>
        <source>Driver {name} saved ({phone})</source>
        <translation>Motorista {name} salvo ({phone})</translation>
    </message>
    <message>
        <source>Not saved: correct the fields marked in red</source>
        <translation>Não salvo: corrija os campos marcados em vermelho</translation>
    </message>
    <message>
        <source>{name} may charge again</source>
        <translation>{name} pode carregar novamente</translation>
    </message>
    <message>
        <source>{name} is blocked: their tags are refused now and chargers&apos; local lists are updated</source>
        <translation>{name} está bloqueado: suas tags são recusadas a partir de agora e as listas locais dos carregadores são atualizadas</translation>
    </message>
    <message>
        <source>Click again to delete</source>
        <translation>Clique de novo para excluir</translation>
    </message>
    <message>
        <source>Driver deleted</source>
        <translation>Motorista excluído</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Arquivos CSV (*.csv);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Import {what} from CSV</source>
        <translation>Importar {what} de CSV</translation>
    </message>
    <message>
        <source>Export {what} to CSV</source>
        <translation>Exportar {what} para CSV</translation>
    </message>
    <message>
        <source>Cannot read {path}: {error}</source>
        <translation>Não foi possível ler {path}: {error}</translation>
    </message>
    <message>
        <source>pasted text</source>
        <translation>texto colado</translation>
    </message>
    <message>
        <source>Cannot write {path}: {error}</source>
        <translation>Não foi possível gravar {path}: {error}</translation>
    </message>
    <message>
        <source>{count} rows of {what} exported to {path}</source>
        <translation>{count} linhas de {what} exportadas para {path}</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Início</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fim</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>Motorista</translation>
    </message>
    <message>
        <source>Charge point</source>
        <translation>Carregador</translation>
    </message>
    <message>
        <source>Connector</source>
        <translation>Conector</translation>
    </message>
    <message>
        <source>any</source>
        <translation>qualquer</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Charger answer</source>
        <translation>Resposta do carregador</translation>
    </message>
    <message>
        <source>not sent yet</source>
        <translation>ainda não enviada</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Active</source>
        <comment>reservation</comment>
        <translation>Ativa</translation>
    </message>
    <message>
        <source>Completed</source>
        <comment>reservation</comment>
        <translation>Concluída</translation>
    </message>
    <message>
        <source>Expired</source>
        <comment>reservation</comment>
        <translation>Expirada</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>reservation</comment>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>any connector</source>
        <translation>qualquer conector</translation>
    </message>
    <message>
        <source>connector {number} ({status})</source>
        <translation>conector {number} ({status})</translation>
    </message>
    <message>
        <source>the driver&apos;s first accepted tag</source>
        <translation>a primeira tag aceita do motorista</translation>
    </message>
    <message>
        <source>One day earlier</source>
        <translation>Um dia antes</translation>
    </message>
    <message>
        <source>One day later</source>
        <translation>Um dia depois</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoje</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dias</translation>
    </message>
    <message>
        <source>Send due reservations now</source>
        <translation>Enviar agora as reservas próximas</translation>
    </message>
    <message>
        <source>ReserveNow goes out automatically within the lead time before the start; this does it now.</source>
        <translation>O ReserveNow é enviado automaticamente dentro da antecedência antes do início; isto o faz agora.</translation>
    </message>
    <message>
        <source>Cancel selected reservation</source>
        <translation>Cancelar a reserva selecionada</translation>
    </message>
    <message>
        <source>now</source>
        <translation>agora</translation>
    </message>
    <message>
        <source>reserved</source>
        <translation>reservada</translation>
    </message>
    <message>
        <source>used</source>
        <translation>usada</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expirada</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelada</translation>
    </message>
    <message>
        <source>charging</source>
        <translation>carregando</translation>
    </message>
    <message>
        <source>{charger} connector {number}, {start} – {end}: choose the driver and click Create</source>
        <translation>{charger} conector {number}, {start} – {end}: escolha o motorista e clique em Criar</translation>
    </message>
    <message>
        <source>choose a driver from the list</source>
        <translation>escolha um motorista da lista</translation>
    </message>
    <message>
        <source>Refused: {reasons}</source>
        <translation>Recusada: {reasons}</translation>
    </message>
    <message>
        <source>Not created: correct the fields marked in red</source>
        <translation>Não criada: corrija os campos marcados em vermelho</translation>
    </message>
    <message>
        <source>Reservation created for {driver} on {charger}; ReserveNow goes out {minutes} min before the start</source>
        <translation>Reserva criada para {driver} em {charger}; o ReserveNow sai {minutes} min antes do início</translation>
    </message>
    <message>
        <source>Select a reservation first</source>
        <translation>Selecione uma reserva primeiro</translation>
    </message>
    <message>
        <source>Cancelling the reservation</source>
        <translation>Cancelando a reserva</translation>
    </message>
    <message>
        <source>Reservation {outcome}</source>
        <translation>Reserva: {outcome}</translation>
    </message>
    <message>
        <source>Sending reservations that start soon</source>
        <translation>Enviando as reservas que começam em breve</translation>
    </message>
    <message>
        <source>{count} reservation sent, {expired} expired</source>
        <translation>{count} reserva enviada, {expired} expiradas</translation>
    </message>
    <message>
        <source>{count} reservations sent, {expired} expired</source>
        <translation>{count} reservas enviadas, {expired} expiradas</translation>
    </message>
    <message>
        <source>Reservations</source>
        <translation>Reservas</translation>
    </message>
    <message>
        <source>Charging profiles</source>
        <translation>Perfis de recarga</translation>
    </message>
    <message>
        <source>Pending: an operator accepts each new charger</source>
        <translation>Pendente: um operador aceita cada carregador novo</translation>
    </message>
    <message>
        <source>Accept every new charger</source>
        <translation>Aceitar todo carregador novo</translation>
    </message>
    <message>
        <source>Reject chargers the site does not know</source>
        <translation>Recusar carregadores que o local não conhece</translation>
    </message>
    <message>
        <source>0: no authentication (trusted network)</source>
        <translation>0: sem autenticação (rede confiável)</translation>
    </message>
    <message>
        <source>1: HTTP Basic password per charger</source>
        <translation>1: senha HTTP Basic por carregador</translation>
    </message>
    <message>
        <source>As the computer ({language})</source>
        <translation>Como o computador ({language})</translation>
    </message>
    <message>
        <source>Not saved: {count} field to fix.</source>
        <translation>Não salvo: {count} campo a corrigir.</translation>
    </message>
    <message>
        <source>Not saved: {count} fields to fix.</source>
        <translation>Não salvo: {count} campos a corrigir.</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>Nada foi alterado.</translation>
    </message>
    <message>
        <source>Not allowed: {reason}</source>
        <translation>Não permitido: {reason}</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Não salvo: {reason}</translation>
    </message>
    <message>
        <source>Saved {count} setting.</source>
        <translation>{count} configuração salva.</translation>
    </message>
    <message>
        <source>Saved {count} settings.</source>
        <translation>{count} configurações salvas.</translation>
    </message>
    <message>
        <source>{saved} The new host/port apply at the next start.</source>
        <translation>{saved} O novo host/porta vale a partir da próxima inicialização.</translation>
    </message>
    <message>
        <source>{saved} The new language applies at the next start.</source>
        <translation>{saved} O novo idioma vale a partir da próxima inicialização.</translation>
    </message>
    <message>
        <source>Reverted to the saved settings.</source>
        <translation>Revertido para as configurações salvas.</translation>
    </message>
</context>
<context>
    <name>ApiTokensSection</name>
    <message>
        <source>Automation API tokens (administrators only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>New &amp;token…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;voke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API listens on {url}/api/v1 — reference: {url}/openapi.json, guide: docs/api.md</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API is off in this session (--no-api, or its port was taken); tokens still work elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token {name} created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click again to revoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke {name}? Whatever uses it stops working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token {name} revoked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupsSection</name>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup &amp;folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every day at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weekly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest backup of each of the last days, weeks and months is kept, and every backup of the last 24 hours; a backup is also made before every database upgrade.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save backup settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the backup folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>site time ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not allowed: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: fix the fields marked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup settings saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the backups: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ No backup in {0} yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newest backup: {0} ({1:.0f} h ago), {2}, {3}. {4} backups, {5} in {6}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup is already running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying… %p%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up and verified: {0} ({1}, {2:.1f} s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup failed: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePasswordForm</name>
    <message>
        <source>Change password</source>
        <translation>Alterar senha</translation>
    </message>
    <message>
        <source>&amp;Current password</source>
        <translation>Senha &amp;atual</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation>&amp;Nova senha</translation>
    </message>
    <message>
        <source>New password &amp;again</source>
        <translation>Nova senha &amp;novamente</translation>
    </message>
</context>
<context>
    <name>ChargerForm</name>
    <message>
        <source>Charge point</source>
        <translation>Carregador</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>shown everywhere instead of the identity</source>
        <translation>exibido em todo lugar no lugar da identidade</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Localização</translation>
    </message>
    <message>
        <source>street, parking level, bay…</source>
        <translation>rua, andar do estacionamento, vaga…</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <source>-90 to 90, e.g. 13.7563</source>
        <translation>-90 a 90, ex.: -15.7939</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <source>-180 to 180, e.g. 100.5018</source>
        <translation>-180 a 180, ex.: -47.8828</translation>
    </message>
    <message>
        <source>Max power (kW)</source>
        <translation>Potência máxima (kW)</translation>
    </message>
    <message>
        <source>e.g. 22</source>
        <translation>ex.: 22</translation>
    </message>
    <message>
        <source>Tolerant validation (accept small schema deviations of quirky firmware)</source>
        <translation>Validação tolerante (aceita pequenos desvios de esquema de firmwares peculiares)</translation>
    </message>
    <message>
        <source>Connector types</source>
        <translation>Tipos de conector</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salvar</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Reverter</translation>
    </message>
    <message>
        <source>HTTP Basic authentication (security profile 1)</source>
        <translation>Autenticação HTTP Basic (perfil de segurança 1)</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Senha</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nova senha</translation>
    </message>
    <message>
        <source>Set password</source>
        <translation>Definir senha</translation>
    </message>
    <message>
        <source>Remove password</source>
        <translation>Remover senha</translation>
    </message>
</context>
<context>
    <name>ClientForm</name>
    <message>
        <source>New client</source>
        <translation>Novo cliente</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nome completo</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Logradouro</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Complement</source>
        <translation>Complemento</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <source>Neighbourhood</source>
        <translation>Bairro</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>CEP</translation>
    </message>
    <message>
        <source>BR: 71909-000 · TH: 10110</source>
        <translation>BR: 71909-000 · TH: 10110</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Cidade</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>BR: the UF, e.g. DF</source>
        <translation>BR: a UF, ex.: DF</translation>
    </message>
    <message>
        <source>Tax id</source>
        <translation>Documento fiscal</translation>
    </message>
    <message>
        <source>BR: CPF or CNPJ, with or without dots</source>
        <translation>BR: CPF ou CNPJ, com ou sem pontos</translation>
    </message>
    <message>
        <source>State registration</source>
        <translation>Inscrição estadual</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Client number</source>
        <translation>Número do cliente</translation>
    </message>
    <message>
        <source>empty: next free</source>
        <translation>vazio: o próximo livre</translation>
    </message>
    <message>
        <source>Invoice language</source>
        <translation>Idioma da fatura</translation>
    </message>
    <message>
        <source>Add client</source>
        <translation>Adicionar cliente</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Novo</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <source>Drivers</source>
        <translation>Motoristas</translation>
    </message>
</context>
<context>
    <name>DriverForm</name>
    <message>
        <source>New driver</source>
        <translation>Novo motorista</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <source>as people type it: 081 234 5678</source>
        <translation>como as pessoas digitam: (11) 91234-5678</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>nome@exemplo.com</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Client (company)</source>
        <translation>Cliente (empresa)</translation>
    </message>
    <message>
        <source>Register driver</source>
        <translation>Cadastrar motorista</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Bloquear</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <source>Only a driver without transactions; block the others</source>
        <translation>Só um motorista sem transações; bloqueie os outros</translation>
    </message>
</context>
<context>
    <name>FirstRunForm</name>
    <message>
        <source>&lt;h2&gt;Welcome&lt;/h2&gt;&lt;p&gt;No operator account exists yet. Create the &lt;b&gt;administrator&lt;/b&gt; account; the administrator can then add attendants and managers.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Bem-vindo&lt;/h2&gt;&lt;p&gt;Ainda não existe nenhuma conta de operador. Crie a conta de &lt;b&gt;administrador&lt;/b&gt;; o administrador poderá então adicionar atendentes e gerentes.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation>&amp;Usuário</translation>
    </message>
    <message>
        <source>e.g. admin</source>
        <translation>ex.: admin</translation>
    </message>
    <message>
        <source>Full &amp;name</source>
        <translation>&amp;Nome completo</translation>
    </message>
    <message>
        <source>Full name (optional)</source>
        <translation>Nome completo (opcional)</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Senha</translation>
    </message>
    <message>
        <source>Password &amp;again</source>
        <translation>Senha &amp;novamente</translation>
    </message>
    <message>
        <source>Create administrator</source>
        <translation>Criar administrador</translation>
    </message>
</context>
<context>
    <name>LoginForm</name>
    <message>
        <source>&amp;Username</source>
        <translation>&amp;Usuário</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Senha</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Entrar</translation>
    </message>
</context>
<context>
    <name>NewTokenDialog</name>
    <message>
        <source>New API token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>who uses it, e.g. home-assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> requests/min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate &amp;limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the token now: it is shown only once (only its hash is kept). Send it as “Authorization: Bearer …”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied. It is shown only once.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReservationForm</name>
    <message>
        <source>New reservation</source>
        <translation>Nova reserva</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>Motorista</translation>
    </message>
    <message>
        <source>Charge point</source>
        <translation>Carregador</translation>
    </message>
    <message>
        <source>Connector</source>
        <translation>Conector</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Até</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Create reservation</source>
        <translation>Criar reserva</translation>
    </message>
</context>
<context>
    <name>SettingsForm</name>
    <message>
        <source>&lt;h2&gt;Settings&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Configurações&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Local</translation>
    </message>
    <message>
        <source>Site &amp;name</source>
        <translation>&amp;Nome do local</translation>
    </message>
    <message>
        <source>Le&amp;gal name</source>
        <translation>Razão so&amp;cial</translation>
    </message>
    <message>
        <source>as registered; printed on invoices</source>
        <translation>como registrado; impresso nas faturas</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Endereço</translation>
    </message>
    <message>
        <source>street; city; postal code (&apos;;&apos; starts a line)</source>
        <translation>logradouro; cidade; CEP (&apos;;&apos; inicia uma linha)</translation>
    </message>
    <message>
        <source>Ta&amp;x id</source>
        <translation>Documen&amp;to fiscal</translation>
    </message>
    <message>
        <source>CNPJ (BR) or the 13-digit tax id (TH)</source>
        <translation>CNPJ (BR) ou o número fiscal de 13 dígitos (TH)</translation>
    </message>
    <message>
        <source>&amp;Installation number</source>
        <translation>Número da &amp;instalação</translation>
    </message>
    <message>
        <source>&amp;Time zone</source>
        <translation>&amp;Fuso horário</translation>
    </message>
    <message>
        <source>C&amp;urrency</source>
        <translation>&amp;Moeda</translation>
    </message>
    <message>
        <source>Site &amp;capacity</source>
        <translation>Capaci&amp;dade do local</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>não definida</translation>
    </message>
    <message>
        <source>OCPP server</source>
        <translation>Servidor OCPP</translation>
    </message>
    <message>
        <source>&amp;Host</source>
        <translation>&amp;Host</translation>
    </message>
    <message>
        <source>&amp;Port</source>
        <translation>&amp;Porta</translation>
    </message>
    <message>
        <source>H&amp;eartbeat interval</source>
        <translation>Intervalo de heartbe&amp;at</translation>
    </message>
    <message>
        <source>Un&amp;known chargers</source>
        <translation>Carregadores desc&amp;onhecidos</translation>
    </message>
    <message>
        <source>Securit&amp;y profile</source>
        <translation>Perfil de seg&amp;urança</translation>
    </message>
    <message>
        <source>Keep &amp;message log</source>
        <translation>Manter o &amp;log de mensagens</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dias</translation>
    </message>
    <message>
        <source>&amp;Free charging</source>
        <translation>Recarga &amp;gratuita</translation>
    </message>
    <message>
        <source>Anyone may charge, no tag check</source>
        <translation>Qualquer um pode carregar, sem checar a tag</translation>
    </message>
    <message>
        <source>Host and port changes apply at the next start of CSMS Desktop.</source>
        <translation>Mudanças de host e porta valem a partir da próxima inicialização do CSMS Desktop.</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>Operação</translation>
    </message>
    <message>
        <source>&amp;Lock when idle</source>
        <translation>&amp;Bloquear quando ocioso</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>Invoice &amp;due</source>
        <translation>&amp;Vencimento da fatura</translation>
    </message>
    <message>
        <source>day </source>
        <translation>dia </translation>
    </message>
    <message>
        <source>Inte&amp;rface language</source>
        <translation>Idioma da inte&amp;rface</translation>
    </message>
    <message>
        <source>The interface language applies at the next start of CSMS Desktop.</source>
        <translation>O idioma da interface vale a partir da próxima inicialização do CSMS Desktop.</translation>
    </message>
    <message>
        <source>Revert (Esc)</source>
        <translation>Reverter (Esc)</translation>
    </message>
    <message>
        <source>Save (Enter)</source>
        <translation>Salvar (Enter)</translation>
    </message>
</context>
<context>
    <name>TagForm</name>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>the card&apos;s number</source>
        <translation>o número do cartão</translation>
    </message>
    <message>
        <source>Register the next presented card</source>
        <translation>Cadastrar o próximo cartão apresentado</translation>
    </message>
    <message>
        <source>Present the new card at any charger: it is refused there (unknown) and its number is filled in here.</source>
        <translation>Apresente o novo cartão em qualquer carregador: ele é recusado lá (desconhecido) e seu número é preenchido aqui.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Validade</translation>
    </message>
    <message>
        <source>expires</source>
        <translation>expira</translation>
    </message>
    <message>
        <source>Group (parent)</source>
        <translation>Grupo (tag principal)</translation>
    </message>
    <message>
        <source>group tag (optional)</source>
        <translation>tag do grupo (opcional)</translation>
    </message>
    <message>
        <source>Allowed chargers</source>
        <translation>Carregadores permitidos</translation>
    </message>
    <message>
        <source>every charger (or: CP001, CP002)</source>
        <translation>todos os carregadores (ou: CP001, CP002)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Observação</translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation>Adicionar tag</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Salvar alterações</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
</context>
<context>
    <name>TariffForm</name>
    <message>
        <source>New tariff</source>
        <translation>Nova tarifa</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>Aplica-se a</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>e.g. Site 2025</source>
        <translation>ex.: Local 2025</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moeda</translation>
    </message>
    <message>
        <source>Price per kWh</source>
        <translation>Preço por kWh</translation>
    </message>
    <message>
        <source>outside the windows</source>
        <translation>fora das janelas</translation>
    </message>
    <message>
        <source>Time windows</source>
        <translation>Janelas de horário</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Início</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fim</translation>
    </message>
    <message>
        <source>Price/kWh</source>
        <translation>Preço/kWh</translation>
    </message>
    <message>
        <source>Add window</source>
        <translation>Adicionar janela</translation>
    </message>
    <message>
        <source>Remove window</source>
        <translation>Remover janela</translation>
    </message>
    <message>
        <source>Session fee</source>
        <translation>Taxa por sessão</translation>
    </message>
    <message>
        <source>Idle fee per minute</source>
        <translation>Taxa de ociosidade por minuto</translation>
    </message>
    <message>
        <source>Idle grace (minutes)</source>
        <translation>Carência de ociosidade (minutos)</translation>
    </message>
    <message>
        <source>Tax (%)</source>
        <translation>Imposto (%)</translation>
    </message>
    <message>
        <source>percent, e.g. 7</source>
        <translation>percentual, ex.: 7</translation>
    </message>
    <message>
        <source>Prices include tax</source>
        <translation>Preços incluem impostos</translation>
    </message>
    <message>
        <source>Effective from (site time)</source>
        <translation>Vigente a partir de (hora do local)</translation>
    </message>
    <message>
        <source>Add tariff</source>
        <translation>Adicionar tarifa</translation>
    </message>
    <message>
        <source>Change from date</source>
        <translation>Alterar a partir da data</translation>
    </message>
    <message>
        <source>A new tariff for the same client (or the site) from the date above; the selected one keeps its past prices.</source>
        <translation>Uma nova tarifa para o mesmo cliente (ou o local) a partir da data acima; a selecionada mantém seus preços passados.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <source>Only a tariff that priced no session</source>
        <translation>Só uma tarifa que não precificou nenhuma sessão</translation>
    </message>
</context>
<context>
    <name>VehicleForm</name>
    <message>
        <source>Licence plate</source>
        <translation>Placa</translation>
    </message>
    <message>
        <source>Make</source>
        <translation>Marca</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Add vehicle</source>
        <translation>Adicionar veículo</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Salvar alterações</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
</context>
</TS>
