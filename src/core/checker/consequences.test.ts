import { describeClasses } from './class-tables.ts';

// Rounds 19 and 20 missed the war and the case told by their consequences (support-and-exile.json,
// session 5 last pass). For each class: risky sentences that must fire in their category, and
// innocent look-alikes that must stay quiet. None is a round's sentence: the class, not the line.

describeClasses([
  {
    category: 'politics',
    name: 'a fundraiser for the case (the writer endangers themselves)',
    fires: ['Мы открыли сбор на адвоката, уже набрали половину.', 'Сбор на штраф закрыли, пятьсот евро ушло вчера.'],
    quiet: ['Родительский сбор на выпускной — три тысячи, я уже сдала.', 'Туристический сбор в Сочи теперь сто рублей в сутки.'],
  },
  {
    category: 'politics',
    name: 'donations to political prisoners, in any case form',
    fires: ['Каждый месяц перевожу немного на политзаключённых через фонд.'],
    quiet: ['Каждый месяц перевожу немного в приют для собак.'],
  },
  {
    category: 'politics',
    name: 'a protest march dispersed',
    fires: ['На марше нас разогнали за десять минут.'],
    quiet: ['Ветер разогнал облака, и на марше в парке было солнечно.'],
  },
  {
    category: 'politics',
    name: 'Belarusian detention of protesters',
    fires: ['После выборов его неделю продержали на Окрестина.'],
    quiet: ['Мы гуляли у реки и зашли в новое кафе.'],
  },
  {
    category: 'politics',
    name: '«filtration» in the occupied territories',
    fires: ['Брату пришлось пройти фильтрацию, чтобы выехать к нам.'],
    quiet: ['Вода в аквариуме проходит фильтрацию через губку.'],
  },
  {
    category: 'politics',
    name: 'leaving, fleeing or a fire in 2022',
    fires: ['Сосед уехал в Казахстан осенью двадцать второго, с тех пор не звонит.'],
    quiet: ['Осенью двадцать второго года мы сделали ремонт на кухне.'],
  },
  {
    category: 'politics',
    name: 'men «taken away» (mobilisation)',
    fires: ['С завода забрали пятерых, цех стоит.'],
    quiet: ['Двоих забрали на скорой, но уже отпустили домой.'],
  },
  {
    category: 'politics',
    name: 'political prisoners counted: «таких, как ты»',
    fires: ['Таких, как ты, у нас уже сотни сидят.'],
    quiet: ['Таких, как ты, ещё поискать надо, золотой человек.'],
  },
  {
    category: 'contacts',
    name: 'someone else\'s address with a go-between who forwards',
    fires: ['Отвечай на адрес брата: ул. Садовая, 3, кв. 9, он перешлёт.'],
    quiet: ['Пиши мне через маму, она всё перешлёт.'],
  },
  {
    category: 'contacts',
    name: 'a word for another prisoner of the same colony',
    fires: ['Передай Коле из вашего барака, что его сестра родила.'],
    quiet: ['Передала в колонии посылку, её уже приняли.'],
  },
  {
    category: 'case',
    name: 'a charge «sewn» on someone',
    fires: ['Парню шьют экстремизм за песню.'],
    quiet: ['Бабушка шьёт внучке юбку к празднику.'],
  },
  {
    category: 'crime',
    name: 'a bribe with money in diminutive',
    fires: ['За денежку там можно договориться о свидании подольше?'],
    quiet: ['Договорились с сыном: денежку на карманные расходы он получает по субботам.'],
  },
  {
    category: 'politics',
    name: 'ashamed of the country',
    fires: ['Стыдно за государство, которое сажает стариков.'],
    quiet: ['Стыдно за наш подъезд, опять никто не убрал.'],
  },
  {
    category: 'politics',
    name: 'scornful words for the security services',
    fires: ['Дело, понятно, слепили гэбэшники.'],
    quiet: ['Дедушка служил в пограничных войсках ещё при Брежневе.'],
  },
  {
    category: 'politics',
    name: 'meetings or prayers hidden from the neighbours',
    fires: ['Молимся вместе у Веры, тихо, чтобы соседи не узнали.'],
    quiet: ['Ругаемся с мужем потише, чтобы соседи не слышали.'],
  },
  {
    category: 'politics',
    name: 'the prisoner\'s letters or work made public',
    fires: ['Твои письма мы опубликовали в канале поддержки.'],
    quiet: ['Твои фотографии со свадьбы выложили в семейный альбом.'],
  },
]);
