-- Reference data: Québec's 17 administrative regions.
insert into region (code, name) values ('01', 'Bas-Saint-Laurent');
insert into region (code, name) values ('02', 'Saguenay–Lac-Saint-Jean');
insert into region (code, name) values ('03', 'Capitale-Nationale');
insert into region (code, name) values ('04', 'Mauricie');
insert into region (code, name) values ('05', 'Estrie');
insert into region (code, name) values ('06', 'Montréal');
insert into region (code, name) values ('07', 'Outaouais');
insert into region (code, name) values ('08', 'Abitibi-Témiscamingue');
insert into region (code, name) values ('09', 'Côte-Nord');
insert into region (code, name) values ('10', 'Nord-du-Québec');
insert into region (code, name) values ('11', 'Gaspésie–Îles-de-la-Madeleine');
insert into region (code, name) values ('12', 'Chaudière-Appalaches');
insert into region (code, name) values ('13', 'Laval');
insert into region (code, name) values ('14', 'Lanaudière');
insert into region (code, name) values ('15', 'Laurentides');
insert into region (code, name) values ('16', 'Montérégie');
insert into region (code, name) values ('17', 'Centre-du-Québec');
